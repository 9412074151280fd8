package academy.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import academy.quiz.AttemptState;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttempts;
import academy.quiz.content.QuizCatalog;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The embedded H2 file database under the default URL settings, with a pool that reaps every idle
 * connection within a second: for half a minute learners write, pause until the pool is empty, and
 * write again. Before DB_CLOSE_DELAY=-1, H2 closed the database whenever the last connection went,
 * and writes racing that close failed with "database has been closed" and invalid check constraints.
 */
@QuarkusTest
@TestProfile(PoolCyclingTest.CyclingPool.class)
class PoolCyclingTest {

    public static class CyclingPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            try {
                Path dir = Files.createTempDirectory("pool-cycling");
                // the production URL's options (application.properties, outside any profile), on a file of our own
                String defaults = Files.readAllLines(Path.of("src/main/resources/application.properties")).stream()
                        .filter(l -> l.startsWith("quarkus.datasource.jdbc.url=")).findFirst().orElseThrow();
                String options = defaults.substring(defaults.indexOf(';'), defaults.lastIndexOf('}'));
                config.put("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + dir.resolve("academy") + options);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            config.put("quarkus.datasource.jdbc.min-size", "0");
            config.put("quarkus.datasource.metrics.enabled", "true");
            config.put("quarkus.datasource.jdbc.idle-removal-interval", "PT0.5S");
            config.put("quarkus.datasource.jdbc.max-lifetime", "PT1S");
            config.put("academy.content.courses-dir", "src/test/resources/fixtures/quiz-app/courses");
            config.put("academy.content.quizzes-dir", "src/test/resources/fixtures/quiz-app/quizzes");
            return config;
        }
    }

    @Inject
    QuizAttempts attempts;

    @Inject
    QuizCatalog catalog;

    @Inject
    AgroalDataSource pool;

    @Test
    void writesKeepWorkingWhileThePoolEmptiesAndRefills() throws Exception {
        assertEquals(0, pool.getConfiguration().connectionPoolConfiguration().minSize(), "the pool may shrink to zero");
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        int cycles = 0;
        while (Instant.now().isBefore(end)) {
            String subject = "cycler-" + cycles;
            QuizAttempt attempt = attempts.start(subject, catalog.quiz("01-basics.first").orElseThrow());
            attempts.submit(subject, attempt.token, Map.of()).orElseThrow();
            assertEquals(AttemptState.FINISHED, QuarkusTransaction.requiringNew()
                    .call(() -> QuizAttempt.findByToken(attempt.token).orElseThrow().state));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            cycles++;
            // every connection is reaped before the next learner writes
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> pool.getMetrics().activeCount() + pool.getMetrics().availableCount() == 0);
        }
        org.junit.jupiter.api.Assertions.assertTrue(cycles >= 5, "enough pool cycles: " + cycles);
    }
}
