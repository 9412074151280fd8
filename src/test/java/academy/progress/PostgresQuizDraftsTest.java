package academy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import academy.quiz.DraftRefusedException;
import academy.quiz.Mistakes;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttempts;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Drafts and the 错题本 on PostgreSQL 15 (V9 and its queries are not only H2's). */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresQuizDraftsTest {

    @Inject
    QuizAttempts attempts;

    @Inject
    QuizCatalog catalog;

    @Inject
    Mistakes mistakes;

    @Test
    void draftsGradingAndDismissalOnPostgres() {
        Quiz quiz = catalog.quiz("01-basics.first").orElseThrow();
        String token = attempts.start("pg-drafts", quiz).token;
        QuizAttempts.DraftSaved saved = attempts.saveDrafts("pg-drafts", token, Map.of("q1", List.of("false")), false).orElseThrow();
        assertEquals(1, saved.answered());
        String draft = QuarkusTransaction.requiringNew().call(() -> QuizAttempt.findByToken(token).orElseThrow().answers.get(0).draft);
        assertEquals("[\"false\"]", draft);

        attempts.submit("pg-drafts", token, Map.of("q1", List.of("false"))).orElseThrow();
        assertThrows(DraftRefusedException.class, () -> attempts.saveDrafts("pg-drafts", token, Map.of("q1", List.of("true")), false));
        Map<String, List<Mistakes.Mistake>> open = mistakes.open("pg-drafts");
        assertEquals(1, open.get("01-basics.first").size());
        long answerId = open.get("01-basics.first").get(0).answer().id;
        assertTrue(mistakes.dismiss("pg-drafts", answerId));
        assertTrue(mistakes.dismiss("pg-drafts", answerId), "again: the same row is updated");
        assertTrue(mistakes.open("pg-drafts").isEmpty());
        assertEquals(false, mistakes.dismiss("pg-someone-else", answerId));
    }
}
