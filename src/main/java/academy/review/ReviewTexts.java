package academy.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import academy.web.Ui;
import io.quarkus.qute.i18n.Localized;

/** The review messages in this request's UI language, for texts built in Java (error details). */
@RequestScoped
public class ReviewTexts {

    @Inject
    Ui ui;

    @Inject
    ReviewMessages chinese;

    @Inject
    @Localized("en")
    ReviewMessages english;

    public ReviewMessages messages() {
        return ui.en() ? english : chinese;
    }
}
