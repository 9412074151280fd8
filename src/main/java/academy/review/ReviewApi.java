package academy.review;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import academy.account.CurrentLearner;
import academy.review.ReviewService.LiveCard;
import io.quarkus.security.Authenticated;

/** Review cards for integrations (session or bearer token): what is due, never an answer key. */
@Path("/api/me/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewApi {

    @Inject
    ReviewService reviews;

    @Inject
    CurrentLearner learner;

    /**
     * @param forecast cards coming due on each of the next 30 days, today (with the overdue ones) first
     * @param due      the due cards, the one to take next first
     */
    public record ReviewsDto(LocalDate today, int dueCount, int totalCards, int[] forecast, List<CardDto> due) {
    }

    /**
     * @param retrievability estimated probability of recall today (FSRS-6), null before the first rating
     * @param reviewUrl      the page where the card is answered and rated
     */
    public record CardDto(long id, String courseId, String quizId, String questionId, String quizTitle, String type,
            String promptHtml, String sectionUrl, String source, LocalDate dueOn, int reps, int lapses, Double stability,
            Double difficulty, Double retrievability, boolean answered, String reviewUrl) {
    }

    @GET
    @Authenticated
    public ReviewsDto due() {
        String subject = learner.subjectOrNull();
        List<LiveCard> all = reviews.cards(subject);
        List<CardDto> due = reviews.due(subject).stream().map(this::dto).toList();
        return new ReviewsDto(reviews.today(), due.size(), all.size(), reviews.forecast(all), due);
    }

    private CardDto dto(LiveCard c) {
        ReviewCard card = c.card();
        return new CardDto(card.id, card.courseId, card.quizId, card.questionId, c.quiz().title(), c.question().type().yamlName(),
                c.question().promptHtml(), c.quiz().sectionUrl(c.question()), card.source.name(), card.dueOn, card.reps,
                card.lapses, card.stability, card.difficulty, reviews.retrievability(card), card.answered(),
                "/me/review/" + card.id);
    }
}
