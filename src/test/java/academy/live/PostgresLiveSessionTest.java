package academy.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import academy.progress.PostgresProfile;
import academy.quiz.content.QuizCatalog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * Live sessions on PostgreSQL 15 (a throwaway cluster): events travel through LISTEN/NOTIFY — also those sent by
 * another instance's connection — and racing answers of one learner leave one row.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresLiveSessionTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    LiveSessions sessions;

    @Inject
    LiveBus bus;

    @Inject
    QuizCatalog catalog;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Test
    @TestSecurity(user = "pg-live-lead", roles = { "learner", "instructor" })
    void signalsTravelThroughPostgresAndAnswersStayUnique() throws Exception {
        assertTrue(bus.postgres(), "the PostgreSQL build uses LISTEN/NOTIFY");
        LiveFixture.signedIn("pg-live-lead", "Lead", "/onboarding/pg-live/leads");
        LiveFixture.signedIn("pg-live-amy", "Amy", "/onboarding/pg-live");
        long cohort = LiveFixture.cohortOf("/onboarding/pg-live");
        LiveSession s = sessions.create(cohort, "pg-live-lead", catalog.quiz("01-basics.first").orElseThrow(), List.of(), null,
                LiveSession.Board.ACCURACY);
        sessions.join(s.joinCode, "pg-live-amy");

        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + "/live/" + s.id + "/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    lines.add(line);
                }
            } catch (Exception ignored) {
                // closed at the end
            }
        });
        reader.setDaemon(true);
        reader.start();
        int v = LiveFixture.session(s.id).version;
        assertTrue(await(lines, "data:{\"version\":" + v + "}"), lines.toString());

        // this instance's change: NOTIFY inside the transaction, heard back through LISTEN
        sessions.next(s.id, v);
        assertTrue(await(lines, "data:{\"version\":" + (v + 1) + "}"), "state through LISTEN/NOTIFY: " + lines);

        // another instance's change: its own connection updates the row and notifies in one transaction
        try (Connection other = DriverManager.getConnection(url, "academy", null)) {
            other.setAutoCommit(false);
            try (PreparedStatement up = other.prepareStatement("UPDATE live_session SET version = version + 1 WHERE id = ?");
                    PreparedStatement notify = other.prepareStatement("SELECT pg_notify('academy_live', ?)")) {
                up.setLong(1, s.id);
                up.executeUpdate();
                notify.setString(1, s.id + ":STATE");
                notify.execute();
            }
            other.commit();
        }
        assertTrue(await(lines, "data:{\"version\":" + (v + 2) + "}"), "a signal from another connection: " + lines);

        // eight racing answers of one learner: one row, the rest refused as already answered
        String right = LiveFixture.rightCodes(s.id, 0).get(0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    sessions.answer(s.id, "pg-live-amy", 0, List.of(right));
                    return "ok";
                } catch (LiveRefusedException e) {
                    return e.reason().name();
                }
            }));
        }
        go.countDown();
        int ok = 0;
        for (Future<String> f : results) {
            String r = f.get(30, TimeUnit.SECONDS);
            if (r.equals("ok")) {
                ok++;
            } else {
                assertEquals("ALREADY_ANSWERED", r);
            }
        }
        pool.shutdown();
        assertEquals(1, ok);
        assertEquals(1, LiveFixture.count("answers", s.id));
        assertTrue(await(lines, "data:{\"version\":" + (v + 2) + ",\"index\":0,\"joined\":1,\"answered\":1"), "counts after the answer: " + lines);
        stream.body().close();
    }

    private static boolean await(BlockingQueue<String> lines, String wanted) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.replace("data: ", "data:").startsWith(wanted)) {
                return true;
            }
        }
        return false;
    }
}
