package academy.quiz.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import academy.account.SignInLinks;
import academy.account.CurrentLearner;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttempts;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The learner's attempts: history, the answering page of an open attempt, its submission and the
 * result page. Another learner's token answers 404, exactly like a token that does not exist.
 */
@Path("/me/attempts")
@Produces(MediaType.TEXT_HTML)
public class AttemptPage {

    /** Form fields a submission may carry: one per question plus the CSRF token, with room to spare. */
    static final int MAX_FIELDS = 400;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(List<AttemptRow> attempts);

        static native TemplateInstance take(AttemptView attempt);

        static native TemplateInstance result(AttemptView attempt, boolean resubmitted);
    }

    @Inject
    QuizAttempts attempts;

    @Inject
    QuizCatalog quizzes;

    @Inject
    AttemptViews views;

    @Inject
    CurrentLearner learner;

    @Inject
    QuizTexts texts;

    @GET
    public Response history() {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return toLogin("/me/attempts");
        }
        List<AttemptRow> rows = attempts.attempts(subject).stream()
                .map(a -> AttemptRow.of(a, quizzes.quiz(a.quizId).orElse(null))).toList();
        return Response.ok(Templates.history(rows)).build();
    }

    @GET
    @Path("{token}")
    public Response attempt(@PathParam("token") String token, @QueryParam("resubmitted") boolean resubmitted) {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return toLogin("/me/attempts/" + token);
        }
        QuizAttempt attempt = attempts.find(subject, token).orElseThrow(NotFoundException::new);
        Quiz quiz = quizzes.quiz(attempt.quizId).orElseThrow(NotFoundException::new);
        AttemptView view = views.view(attempt, quiz, texts.messages());
        return Response.ok(attempt.finished() ? Templates.result(view, resubmitted) : Templates.take(view)).build();
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("token") String token, MultivaluedMap<String, String> form) {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return toLogin("/me/attempts/" + token);
        }
        if (form.size() > MAX_FIELDS) {
            throw new BadRequestException("too many form fields");
        }
        Map<String, List<String>> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("q.")) {
                answers.put(name.substring(2), values);
            }
        });
        QuizAttempts.Submission submission = attempts.submit(subject, token, answers).orElseThrow(NotFoundException::new);
        String url = "/me/attempts/" + token + (submission.alreadyGraded() ? "?resubmitted=true" : "");
        return Response.seeOther(URI.create(url)).build();
    }

    static Response toLogin(String path) {
        return Response.seeOther(URI.create(SignInLinks.loginThenBackTo(path))).build();
    }
}
