package academy.quiz.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The open mistakes of one quiz, for the 错题本. */
public record MistakeGroup(String quizId, String quizTitle, String quizUrl, List<Item> items) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /**
     * @param answerId the answer row of the latest wrong answer: what the dismiss form names
     * @param review   that answer's review (question, the learner's answer, the right one, explanation)
     * @param quizId   the quiz, and {@code token} the attempt of that answer: what "add to review" names
     */
    public record Item(long answerId, QuestionReview review, Instant lastWrongAt, int attemptNumber, int timesWrong, String quizId,
            String token) {

        public String lastWrong() {
            return WHEN.format(lastWrongAt);
        }
    }
}
