package academy.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import academy.web.Ui;
import io.quarkus.qute.i18n.Localized;

/** The search messages in this request's UI language, for texts built in Java (error messages). */
@RequestScoped
public class SearchTexts {

    @Inject
    Ui ui;

    @Inject
    SearchMessages chinese;

    @Inject
    @Localized("en")
    SearchMessages english;

    public SearchMessages messages() {
        return ui.en() ? english : chinese;
    }
}
