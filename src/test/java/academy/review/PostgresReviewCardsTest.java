package academy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import academy.progress.PostgresProfile;
import academy.quiz.AttemptGraded;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** V7 on PostgreSQL 15 (a throwaway cluster): cards from a graded attempt, the unique key, scheduling. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresReviewCardsTest {

    @Inject
    Event<AttemptGraded> graded;

    @Inject
    ReviewService reviews;

    @Test
    void missedQuestionsBecomeOneCardEachAndLapseOnTheSameCard() {
        Instant at = Instant.parse("2026-11-01T02:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> graded.fire(new AttemptGraded("pg-learner", "demo", "01-basics.first", at, List.of("q1"))));
        List<ReviewService.LiveCard> cards = reviews.cards("pg-learner");
        assertEquals(1, cards.size());
        ReviewCard card = cards.get(0).card();
        assertEquals(0.212, card.stability, 1e-9);
        assertEquals(6.4133, card.difficulty, 1e-9);
        assertEquals(java.time.LocalDate.parse("2026-11-02"), card.dueOn);
        assertTrue(reviews.due("pg-learner").size() == 1, "due since 2 November");

        // ten days later, missed again: a lapse (forget stability) on the same card
        QuarkusTransaction.requiringNew().run(() -> graded.fire(new AttemptGraded("pg-learner", "demo", "01-basics.first",
                at.plusSeconds(10 * 86400), List.of("q1"))));
        ReviewCard lapsed = reviews.cards("pg-learner").get(0).card();
        assertEquals(2, lapsed.reps);
        assertEquals(1, lapsed.lapses);
        Fsrs6 fsrs = new Fsrs6();
        assertEquals(fsrs.next(new Fsrs6.State(0.212, 6.4133), 10, Fsrs6.Rating.AGAIN).stability(), lapsed.stability, 1e-9);

        // the database refuses a second card for the same learner and question
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            ReviewCard twin = new ReviewCard();
            twin.subject = "pg-learner";
            twin.courseId = "demo";
            twin.quizId = "01-basics.first";
            twin.questionId = "q1";
            twin.source = ReviewCard.Source.ADDED;
            twin.createdAt = Instant.now();
            twin.dueOn = reviews.today();
            twin.persistAndFlush();
        }));
    }
}
