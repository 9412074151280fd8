package academy.quiz.web;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import academy.quiz.AttemptsExhaustedException;
import academy.quiz.QuizMessages;
import academy.quiz.grading.AnswerReader;
import academy.quiz.grading.InvalidAnswerException;
import academy.web.ErrorPages;
import academy.web.Ui;
import io.quarkus.qute.TemplateInstance;

/** Rejected submissions: a 400 page in the learner's language, or problem details for {@code /api}. */
public class QuizErrors {

    @Inject
    QuizTaker learner;

    @Inject
    Ui ui;

    @ServerExceptionMapper
    public Response invalidAnswer(InvalidAnswerException e, UriInfo uri) {
        QuizMessages msg = learner.messages();
        String id = e.questionId() == null ? "" : e.questionId();
        String detail = switch (e.kind()) {
            case UNKNOWN_QUESTION -> msg.invalid_unknown_question(id.length() > 40 ? id.substring(0, 40) + "…" : id);
            case UNKNOWN_CHOICE -> msg.invalid_unknown_choice(id);
            case WRONG_TYPE -> msg.invalid_wrong_type(id);
            case TOO_LONG -> msg.invalid_too_long(id, AnswerReader.MAX_TEXT);
            case NOT_A_NUMBER -> msg.invalid_not_a_number(id);
        };
        if (isApi(uri)) {
            return problem(400, "Bad Request", detail);
        }
        TemplateInstance page = ErrorPages.Templates.badRequest(detail);
        page.setLocale(ui.locale());
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /** Only the API sees this: the start form redirects back to the quiz page, which explains. */
    @ServerExceptionMapper
    public Response exhausted(AttemptsExhaustedException e, UriInfo uri) {
        return problem(409, "Conflict", learner.messages().no_attempts_left(e.maxAttempts()));
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    static Response problem(int status, String title, String detail) {
        return Response.status(status).type("application/problem+json")
                .entity(Map.of("status", status, "title", title, "detail", detail)).build();
    }
}
