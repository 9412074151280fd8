package academy.quiz;

import java.time.Instant;
import java.util.List;

/**
 * Fired (CDI event, synchronously inside the grading transaction) whenever an attempt is graded, passed
 * or not, so review cards can be made from the missed questions without the quiz engine knowing them.
 *
 * @param missedQuestionIds questions not fully right (wrong, partly right or left blank), in attempt order;
 *                          empty for a late attempt, whose answers were not graded
 */
public record AttemptGraded(String subject, String courseId, String quizId, Instant gradedAt,
        List<String> missedQuestionIds) {
}
