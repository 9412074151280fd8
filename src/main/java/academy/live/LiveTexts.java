package academy.live;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import academy.web.Ui;
import io.quarkus.qute.i18n.Localized;

/** The {@code live:} messages in this request's UI language, for texts built in Java (refusals). */
@RequestScoped
public class LiveTexts {

    @Inject
    Ui ui;

    @Inject
    LiveMessages chinese;

    @Inject
    @Localized("en")
    LiveMessages english;

    public LiveMessages messages() {
        return ui.en() ? english : chinese;
    }

    public String refusal(LiveRefusedException.Reason reason) {
        LiveMessages m = messages();
        return switch (reason) {
            case CODE_UNKNOWN -> m.refused_code_unknown();
            case CODE_MALFORMED -> m.refused_code_malformed();
            case TOO_MANY_TRIES -> m.refused_too_many_tries();
            case ENDED -> m.refused_ended();
            case NOT_OPEN -> m.refused_not_open();
            case WRONG_QUESTION -> m.refused_wrong_question();
            case TIME_UP -> m.refused_time_up();
            case ALREADY_ANSWERED -> m.refused_already_answered();
            case EMPTY_ANSWER -> m.refused_empty_answer();
            case NO_QUESTIONS -> m.refused_no_questions();
            case UNKNOWN_QUESTION -> m.refused_unknown_question();
            case TOO_MANY_QUESTIONS -> m.refused_too_many_questions();
            case BAD_TIMER -> m.refused_bad_timer();
            case BAD_BOARD -> m.refused_bad_board();
            case NO_MORE_QUESTIONS -> m.refused_no_more_questions();
            case NOT_REVEALABLE -> m.refused_not_revealable();
            case CHANGED -> m.refused_changed();
        };
    }
}
