package academy.quiz.web;


import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import academy.quiz.AttemptsExhaustedException;
import academy.quiz.DraftRefusedException;
import academy.quiz.QuizMessages;
import academy.quiz.grading.AnswerReader;
import academy.quiz.grading.InvalidAnswerException;
import academy.web.ErrorPages;
import academy.web.Ui;

/** Rejected submissions: a 400 page in the learner's language, or problem details for {@code /api}. */
public class QuizErrors {

    @Inject
    QuizTexts texts;

    @Inject
    Ui ui;

    @ServerExceptionMapper
    public Response invalidAnswer(InvalidAnswerException e, UriInfo uri) {
        QuizMessages msg = texts.messages();
        String id = e.questionId() == null ? "" : e.questionId();
        String detail = switch (e.kind()) {
            case UNKNOWN_QUESTION -> msg.invalid_unknown_question(id.length() > 40 ? id.substring(0, 40) + "…" : id);
            case UNKNOWN_CHOICE -> msg.invalid_unknown_choice(id);
            case WRONG_TYPE -> msg.invalid_wrong_type(id);
            case TOO_LONG -> msg.invalid_too_long(id, AnswerReader.MAX_TEXT);
            case NOT_A_NUMBER -> msg.invalid_not_a_number(id);
            case NUMBER_TOO_LONG -> msg.invalid_number_too_long(id, AnswerReader.MAX_NUMBER_TEXT);
            case NUMBER_OUT_OF_RANGE -> msg.invalid_number_out_of_range(id, AnswerReader.MAX_DIGITS, AnswerReader.MAX_EXPONENT);
            case NO_ATTEMPT -> msg.invalid_no_attempt();
        };
        if (isApi(uri)) {
            return ErrorPages.problem(400, "Bad Request", detail);
        }
        return ErrorPages.page(400, ErrorPages.Templates.badRequest(detail), ui);
    }

    /** Answers saved to an attempt that takes none any more: 409, saying why. */
    @ServerExceptionMapper
    public Response draftRefused(DraftRefusedException e, UriInfo uri) {
        QuizMessages msg = texts.messages();
        String detail = e.reason() == DraftRefusedException.Reason.GRADED ? msg.draft_graded() : msg.draft_expired();
        if (isApi(uri)) {
            return ErrorPages.problem(409, "Conflict", detail);
        }
        return ErrorPages.page(409, ErrorPages.Templates.badRequest(detail), ui);
    }

    /** Only the API sees this: the start form redirects back to the quiz page, which explains. */
    @ServerExceptionMapper
    public Response exhausted(AttemptsExhaustedException e, UriInfo uri) {
        return ErrorPages.problem(409, "Conflict", texts.messages().no_attempts_left(e.maxAttempts()));
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }
}
