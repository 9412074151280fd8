package academy.review;

import java.time.LocalDate;
import java.util.List;

import academy.quiz.web.QuestionForm;
import academy.quiz.web.QuestionReview;

/**
 * What the review page shows: the counts, an outcome notice, and at most one card.
 *
 * @param notice     a key of the outcome of the last post (already_rated, not_due, ...), or null
 * @param ratedDays  after a rating: days until that card is due again, or null
 * @param nextDue    when nothing is due: the day the next card comes due, or null without cards
 * @param card       the card to answer or rate, or null when nothing is due
 */
public record ReviewScreen(int dueCount, int totalCards, String notice, Long ratedDays, LocalDate nextDue,
        CardView card) {

    /**
     * One card. Before answering only {@code question} is set (built without the key); after answering
     * {@code result} and the rating buttons. {@code round} (the card's review count) goes with the answer,
     * so a form from an earlier showing is recognised.
     */
    public record CardView(long id, int round, String quizTitle, String quizUrl, boolean due, LocalDate dueOn, QuestionForm question,
            QuestionReview result, boolean correct, List<RatingButton> ratings) {

        public String answerUrl() {
            return "/me/review/" + id + "/answer";
        }

        public String rateUrl() {
            return "/me/review/" + id + "/rate";
        }
    }

    /** @param days the interval this rating would give; @param allowed false for all but Again after a wrong answer */
    public record RatingButton(String value, long days, boolean allowed) {
    }
}
