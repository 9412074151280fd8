package academy.quiz.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import academy.account.CurrentLearner;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttempts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import academy.quiz.content.QuizCatalog;

/** 错题本: the questions missed in the latest graded attempt of each quiz. */
@Path("/me/mistakes")
@Produces(MediaType.TEXT_HTML)
public class MistakesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mistakes(List<AttemptView> attempts);
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
    public Response mistakes() {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return AttemptPage.toLogin("/me/mistakes");
        }
        Map<String, QuizAttempt> latest = new LinkedHashMap<>();
        for (QuizAttempt a : attempts.attempts(subject)) {
            // newest first: the first graded attempt seen per quiz is its latest
            if (a.finished()) {
                latest.putIfAbsent(a.quizId, a);
            }
        }
        List<AttemptView> withMistakes = new ArrayList<>();
        for (QuizAttempt a : latest.values()) {
            quizzes.quiz(a.quizId).map(q -> views.view(a, q, texts.messages()))
                    .filter(v -> !v.mistakes().isEmpty()).ifPresent(withMistakes::add);
        }
        return Response.ok(Templates.mistakes(withMistakes)).build();
    }
}
