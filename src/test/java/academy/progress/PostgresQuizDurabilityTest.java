package academy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import academy.quiz.AttemptState;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttempts;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Quiz attempts on the production database: concurrent starts create one attempt, and a database
 * crash (kill -9 of the PostgreSQL postmaster) while learners submit loses nothing the app
 * acknowledged: every submission that returned is there, graded, after crash recovery.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresQuizDurabilityTest {

    @Inject
    QuizAttempts attempts;

    @Inject
    QuizCatalog catalog;

    Quiz quiz() {
        return catalog.quiz("01-basics.first").orElseThrow();
    }

    @Test
    void parallelStartsCreateOneAttempt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<String>> starts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                starts.add(() -> attempts.start("pg-parallel", quiz()).token);
            }
            Set<String> tokens = new HashSet<>();
            for (Future<String> f : pool.invokeAll(starts)) {
                tokens.add(f.get());
            }
            assertEquals(1, tokens.size());
            assertEquals(1, QuarkusTransaction.requiringNew().call(() -> QuizAttempt.forSubject("pg-parallel")).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void acknowledgedSubmissionsSurviveADatabaseCrash() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService learners = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            String subject = "pg-crash-" + i;
            learners.submit(() -> {
                for (int n = 0; n < 500 && !stop.get(); n++) {
                    try {
                        QuizAttempt started = attempts.start(subject, quiz());
                        attempts.submit(subject, started.token, Map.of()).ifPresent(s -> acknowledged.put(started.token, subject));
                    } catch (RuntimeException expectedWhileTheDatabaseIsDown) {
                        // not acknowledged, so nothing is promised
                    }
                }
                return null;
            });
        }
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= 30);
        ThrowawayPostgres.crashAndRestart();
        Instant resumed = Instant.now();
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.size() >= 40);
        stop.set(true);
        learners.shutdown();
        assertTrue(learners.awaitTermination(1, TimeUnit.MINUTES));

        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String> e : acknowledged.entrySet()) {
            AttemptState state = QuarkusTransaction.requiringNew()
                    .call(() -> QuizAttempt.findByToken(e.getKey()).map(a -> a.state).orElse(null));
            if (state != AttemptState.FINISHED) {
                lost.add(e.getKey() + " " + state);
            }
        }
        assertEquals(List.of(), lost, acknowledged.size() + " acknowledged, resumed at " + resumed);
    }
}
