package academy.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.CurrentLearner;
import academy.review.ReviewService.LiveCard;

/**
 * The signed-in learner's review cards for templates ({@code inject:reviewCards}): due today, the 30-day
 * forecast on /me, and which questions of a result page are already cards. Loaded once per request.
 */
@Named("reviewCards")
@RequestScoped
public class ReviewSummary {

    @Inject
    CurrentLearner account;

    @Inject
    ReviewService reviews;

    private List<LiveCard> cards;
    private final Map<String, List<String>> byQuiz = new HashMap<>();

    /** One bar of the forecast; {@code percent} is its height relative to the busiest day. */
    public record Day(LocalDate date, int count, int percent, boolean today) {
    }

    public List<LiveCard> cards() {
        if (cards == null) {
            String subject = account.subjectOrNull();
            cards = subject == null ? List.of() : reviews.cards(subject);
        }
        return cards;
    }

    public int total() {
        return cards().size();
    }

    public int dueToday() {
        LocalDate today = reviews.today();
        return (int) cards().stream().filter(c -> c.card().dueBy(today)).count();
    }

    public List<Day> forecast() {
        int[] counts = reviews.forecast(cards());
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        LocalDate today = reviews.today();
        List<Day> days = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            days.add(new Day(today.plusDays(i), counts[i], counts[i] * 100 / max, i == 0));
        }
        return days;
    }

    public boolean has(String quizId, String questionId) {
        String subject = account.subjectOrNull();
        if (subject == null) {
            return false;
        }
        return byQuiz.computeIfAbsent(quizId, q -> reviews.questionsWithCards(subject, q)).contains(questionId);
    }
}
