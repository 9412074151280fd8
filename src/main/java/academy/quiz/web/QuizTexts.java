package academy.quiz.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import academy.quiz.QuizMessages;
import academy.web.Ui;
import io.quarkus.qute.i18n.Localized;

/** The quiz messages in this request's UI language, for texts built in Java (error details). */
@RequestScoped
public class QuizTexts {

    @Inject
    Ui ui;

    @Inject
    QuizMessages chinese;

    @Inject
    @Localized("en")
    QuizMessages english;

    public QuizMessages messages() {
        return ui.en() ? english : chinese;
    }
}
