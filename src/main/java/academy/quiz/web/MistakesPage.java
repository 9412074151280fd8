package academy.quiz.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import academy.account.CurrentLearner;
import academy.quiz.Mistakes;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * 错题本: every question the learner got wrong and has not answered right since (or dismissed), across
 * all attempts, with when it was last wrong. Dismissing one is a form post (CSRF, then redirect).
 */
@Path("/me/mistakes")
@Produces(MediaType.TEXT_HTML)
public class MistakesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mistakes(List<MistakeGroup> groups, boolean dismissed);
    }

    @Inject
    Mistakes mistakes;

    @Inject
    QuizCatalog quizzes;

    @Inject
    AttemptViews views;

    @Inject
    CurrentLearner learner;

    @Inject
    QuizTexts texts;

    @GET
    public Response mistakes(@QueryParam("dismissed") boolean dismissed) {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return AttemptPage.toLogin("/me/mistakes");
        }
        List<MistakeGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<Mistakes.Mistake>> e : mistakes.open(subject).entrySet()) {
            Quiz quiz = quizzes.quiz(e.getKey()).orElse(null);
            if (quiz == null) {
                continue;
            }
            List<MistakeGroup.Item> items = new ArrayList<>();
            for (Mistakes.Mistake m : e.getValue()) {
                quiz.question(m.answer().questionId).ifPresent(q -> items.add(new MistakeGroup.Item(m.answer().id,
                        views.review(m.answer(), q, quiz, texts.messages()), m.lastWrongAt(), m.attempt().attemptNumber, m.timesWrong(),
                        quiz.id(), m.attempt().token)));
            }
            if (!items.isEmpty()) {
                groups.add(new MistakeGroup(quiz.id(), academy.web.Ui.titleOf(quiz), quiz.url(), List.copyOf(items)));
            }
        }
        return Response.ok(Templates.mistakes(groups, dismissed)).build();
    }

    /** Removes one question from the 错题本 until it is answered wrong again; another learner's answer id is 404. */
    @POST
    @Path("{answerId}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dismiss(@PathParam("answerId") String answerId) {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return AttemptPage.toLogin("/me/mistakes");
        }
        if (!answerId.matches("[0-9]{1,18}") || !mistakes.dismiss(subject, Long.parseLong(answerId))) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/me/mistakes?dismissed=true")).build();
    }
}
