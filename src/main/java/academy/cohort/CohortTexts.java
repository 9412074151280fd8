package academy.cohort;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import academy.web.Ui;
import io.quarkus.qute.i18n.Localized;

/** The onboarding messages in this request's UI language, for texts built in Java (form errors, mail). */
@RequestScoped
public class CohortTexts {

    @Inject
    Ui ui;

    @Inject
    CohortMessages chinese;

    @Inject
    @Localized("en")
    CohortMessages english;

    public CohortMessages messages() {
        return ui.en() ? english : chinese;
    }
}
