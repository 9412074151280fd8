package academy.quiz.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.CurrentLearner;
import academy.quiz.QuizAttempts;
import academy.quiz.content.QuizCatalog;

/** The signed-in learner's latest quiz attempts, for the /me dashboard ({@code inject:recentAttempts}). */
@Named("recentAttempts")
@RequestScoped
public class RecentAttempts {

    static final int SHOWN = 5;

    @Inject
    QuizAttempts attempts;

    @Inject
    QuizCatalog quizzes;

    @Inject
    CurrentLearner learner;

    public List<AttemptRow> latest() {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return List.of();
        }
        return attempts.latestAttempts(subject, SHOWN).stream()
                .map(a -> AttemptRow.of(a, quizzes.quiz(a.quizId).orElse(null))).toList();
    }
}
