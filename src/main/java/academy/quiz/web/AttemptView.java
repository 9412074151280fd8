package academy.quiz.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * An attempt for the pages: the quiz it belongs to, its state and, per state, the questions to
 * answer or their review.
 */
public record AttemptView(String token, String quizId, String quizTitle, String quizUrl, boolean exam, int attemptNumber,
        boolean finished, Instant startedAt, Instant deadlineAt, Instant finishedAt, Integer scorePercent, double scorePoints,
        int maxPoints, boolean passed, boolean late, boolean contentChanged,
        List<QuestionForm> questions, List<QuestionReview> reviews, int passMark) {

    /** Questions of an open attempt with a saved answer. */
    public long answered() {
        return questions.stream().filter(QuestionForm::answered).count();
    }

    public String answeredText() {
        return String.valueOf(answered());
    }

    public String totalText() {
        return String.valueOf(questions.size());
    }

    public String url() {
        return "/me/attempts/" + token;
    }

    public long deadlineMillis() {
        return deadlineAt == null ? 0 : deadlineAt.toEpochMilli();
    }

    public String scoreText() {
        return format(scorePoints);
    }

    public List<QuestionReview> mistakes() {
        return reviews.stream().filter(r -> !r.correct()).toList();
    }

    /** Points as learners read them: whole numbers plain, fractions with up to two decimals. */
    static String format(double points) {
        return BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
