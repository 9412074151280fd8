package academy.quiz.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import academy.quiz.QuizMessages;
import academy.web.Ui;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking (the OIDC subject, which is the principal name) and in which language to answer. */
@RequestScoped
public class QuizTaker {

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @Inject
    QuizMessages chinese;

    @Inject
    @Localized("en")
    QuizMessages english;

    /** The subject, or null for an anonymous visitor. */
    public String subject() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public QuizMessages messages() {
        return ui.en() ? english : chinese;
    }

    public String currentUri() {
        return ui.currentUri();
    }
}
