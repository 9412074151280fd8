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
import academy.content.CourseCatalog;
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

        static native TemplateInstance take(AttemptView attempt, String pathQuery, boolean saved);

        static native TemplateInstance result(AttemptView attempt, boolean resubmitted, NextLesson next);
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

    @Inject
    CourseCatalog courses;

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
    public Response attempt(@PathParam("token") String token, @QueryParam("resubmitted") boolean resubmitted,
            @QueryParam("path") String pathId, @QueryParam("saved") boolean saved) {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return toLogin("/me/attempts/" + token);
        }
        QuizAttempt attempt = attempts.find(subject, token).orElseThrow(NotFoundException::new);
        Quiz quiz = quizzes.quiz(attempt.quizId).orElseThrow(NotFoundException::new);
        AttemptView view = views.view(attempt, quiz, texts.messages());
        if (attempt.finished()) {
            NextLesson next = courses.course(quiz.courseId()).map(c -> NextLesson.after(c, quiz, pathId)).orElse(null);
            return Response.ok(Templates.result(view, resubmitted, next)).build();
        }
        return Response.ok(Templates.take(view, pathQuery(pathId), saved)).build();
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("token") String token, @QueryParam("path") String pathId, MultivaluedMap<String, String> form) {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return toLogin("/me/attempts/" + token);
        }
        QuizAttempts.Submission submission = attempts.submit(subject, token, answers(form)).orElseThrow(NotFoundException::new);
        String query = pathQuery(pathId);
        String url = "/me/attempts/" + token + (submission.alreadyGraded() ? "?resubmitted=true" + query.replace('?', '&') : query);
        return Response.seeOther(URI.create(url)).build();
    }

    /**
     * Saves the whole form as drafts without grading (the page's "save" button, for browsers without
     * JavaScript; with it, each answer is saved as it changes through {@link DraftApi}).
     */
    @POST
    @Path("{token}/draft")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveDraft(@PathParam("token") String token, @QueryParam("path") String pathId, MultivaluedMap<String, String> form) {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return toLogin("/me/attempts/" + token);
        }
        attempts.saveDrafts(subject, token, answers(form), true).orElseThrow(NotFoundException::new);
        String query = pathQuery(pathId);
        return Response.seeOther(URI.create("/me/attempts/" + token + "?saved=true" + query.replace('?', '&'))).build();
    }

    private static Map<String, List<String>> answers(MultivaluedMap<String, String> form) {
        if (form.size() > MAX_FIELDS) {
            throw new BadRequestException("too many form fields");
        }
        Map<String, List<String>> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("q.")) {
                answers.put(name.substring(2), values);
            }
        });
        return answers;
    }

    /** Keeps a well-formed path id on the attempt's URLs, for the "next lesson" link of the result. */
    static String pathQuery(String pathId) {
        return pathId != null && pathId.matches("[a-z0-9][a-z0-9-]{0,63}") ? "?path=" + pathId : "";
    }

    static Response toLogin(String path) {
        return Response.seeOther(URI.create(SignInLinks.loginThenBackTo(path))).build();
    }
}
