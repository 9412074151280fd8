package academy.quiz;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import academy.quiz.content.QuizCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The 错题本's rules. A question answered wrong (or left unanswered) in a graded attempt stays a mistake
 * until a later graded attempt answers it right, or the learner dismisses it; answering it wrong again
 * after a dismissal lists it again. Questions no longer in the quiz are not listed.
 */
@ApplicationScoped
public class Mistakes {

    @Inject
    QuizCatalog catalog;

    /** One open mistake: the latest wrong answer to the question, and the attempt it was given in. */
    public record Mistake(QuizAttempt attempt, QuizAttemptAnswer answer, Instant lastWrongAt, int timesWrong) {
    }

    /** Open mistakes grouped by quiz, most recently missed first. */
    public Map<String, List<Mistake>> open(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Instant> dismissed = new java.util.HashMap<>();
            for (MistakeDismissal d : MistakeDismissal.forSubject(subject)) {
                dismissed.put(d.quizId + "|" + d.questionId, d.dismissedAt);
            }
            List<QuizAttempt> graded = new ArrayList<>(QuizAttempt.forSubject(subject).stream().filter(QuizAttempt::finished).toList());
            graded.sort(Comparator.comparing((QuizAttempt a) -> a.finishedAt).thenComparingInt(a -> a.attemptNumber));
            Map<String, Mistake> byQuestion = new LinkedHashMap<>();
            for (QuizAttempt a : graded) {
                for (QuizAttemptAnswer row : a.answers) {
                    String key = a.quizId + "|" + row.questionId;
                    if (Boolean.TRUE.equals(row.correct)) {
                        byQuestion.remove(key);
                    } else {
                        Mistake before = byQuestion.remove(key);
                        byQuestion.put(key, new Mistake(a, row, a.finishedAt, before == null ? 1 : before.timesWrong() + 1));
                    }
                }
            }
            Map<String, List<Mistake>> out = new LinkedHashMap<>();
            byQuestion.entrySet().stream()
                    .filter(e -> dismissed.get(e.getKey()) == null || e.getValue().lastWrongAt().isAfter(dismissed.get(e.getKey())))
                    .filter(e -> catalog.quiz(e.getValue().attempt().quizId).flatMap(q -> q.question(e.getValue().answer().questionId)).isPresent())
                    .map(Map.Entry::getValue)
                    .sorted(Comparator.comparing(Mistake::lastWrongAt).reversed().thenComparingInt(m -> m.answer().questionNumber))
                    .forEach(m -> out.computeIfAbsent(m.attempt().quizId, k -> new ArrayList<>()).add(m));
            return out;
        });
    }

    /**
     * Dismisses the mistake whose latest wrong answer is this answer row.
     *
     * @return false when the row is not the subject's wrong answer in a graded attempt (the page answers 404)
     */
    public boolean dismiss(String subject, long answerId) {
        for (int tries = 1;; tries++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> dismissInTransaction(subject, answerId));
            } catch (RuntimeException e) {
                // two dismissals at once race on the unique key; the retry updates the winner's row
                if (tries >= 3 || !QuizAttempts.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private boolean dismissInTransaction(String subject, long answerId) {
        QuizAttemptAnswer row = QuizAttemptAnswer.findById(answerId);
        if (row == null || !row.attempt.subject.equals(subject) || !row.attempt.finished() || Boolean.TRUE.equals(row.correct)) {
            return false;
        }
        MistakeDismissal d = MistakeDismissal.<MistakeDismissal>find("subject = ?1 and quizId = ?2 and questionId = ?3",
                subject, row.attempt.quizId, row.questionId).firstResult();
        if (d == null) {
            d = new MistakeDismissal();
            d.subject = subject;
            d.quizId = row.attempt.quizId;
            d.questionId = row.questionId;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        d.dismissedAt = row.attempt.finishedAt != null && row.attempt.finishedAt.isAfter(now) ? row.attempt.finishedAt : now;
        d.persistAndFlush();
        return true;
    }
}
