package academy.grades;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import academy.account.LearnerProfile;
import academy.account.LearnerService;
import academy.cohort.Cohort;
import academy.cohort.CohortSync;
import academy.quiz.AttemptState;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttemptAnswer;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test helper: people in cohorts (as their login reconciles them) and graded attempts as the grader stores them. */
final class GradesFixture {

    private GradesFixture() {
    }

    static void signedIn(String subject, String displayName, String... groups) {
        Arc.container().instance(LearnerService.class).get().ensure(new LearnerProfile(subject, subject, displayName, subject + "@example.com"));
        Arc.container().instance(CohortSync.class).get().reconcile(subject, subject, Set.of(groups), Instant.now());
    }

    static long cohortOf(String groupPath) {
        return QuarkusTransaction.requiringNew().call(() -> Cohort.<Cohort>find("groupPath", groupPath).firstResult().id);
    }

    /** One answered question: id, points earned of max, the canonical response as JSON (null: unanswered). */
    record Answer(String questionId, double points, int max, String response) {
    }

    static Answer a(String questionId, double points, int max, String response) {
        return new Answer(questionId, points, max, response);
    }

    /** A graded attempt, numbered after the learner's last one. */
    static long graded(String subject, String quizId, Answer... answers) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuizAttempt at = new QuizAttempt();
            at.subject = subject;
            at.courseId = "demo";
            at.quizId = quizId;
            at.contentHash = "fixture";
            at.attemptNumber = QuizAttempt.lastNumber(subject, quizId) + 1;
            at.token = "t-" + subject + "-" + quizId + "-" + at.attemptNumber;
            at.state = AttemptState.FINISHED;
            at.startedAt = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
            at.finishedAt = at.startedAt.plus(5, ChronoUnit.MINUTES);
            double total = 0;
            int n = 0;
            for (Answer x : answers) {
                QuizAttemptAnswer row = new QuizAttemptAnswer();
                row.attempt = at;
                row.questionNumber = ++n;
                row.questionId = x.questionId();
                row.shownOrder = "";
                row.response = x.response();
                row.points = x.points();
                row.maxPoints = x.max();
                row.correct = x.points() == x.max();
                at.answers.add(row);
                at.maxPoints += x.max();
                total += x.points();
            }
            at.scorePoints = total;
            at.scorePercent = (int) Math.floor(total * 100 / at.maxPoints + 1e-9);
            at.passed = at.scorePercent >= 60;
            at.late = false;
            at.persist();
            return at.id;
        });
    }
}
