package academy.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The run command's launcher against the packaged app (failsafe, after {@code package}): Keycloak and the
 * app come up, both health endpoints answer, {@code /} renders, and SIGTERM (what Ctrl-C amounts to)
 * stops the app and the Keycloak it started.
 */
class RunCommandIT {

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void startsKeycloakAndTheAppThenStopsBoth() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        boolean keycloakWasRunning = status("http://127.0.0.1:" + KeycloakServer.MANAGEMENT_PORT + "/health/ready") == 200;
        Path output = Files.createTempFile("run-command-", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", "target/test-classes",
                DevStack.class.getName())).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("ACADEMY_DB_URL", "jdbc:h2:mem:run-command;DB_CLOSE_DELAY=-1");
        Process stack = builder.start();
        try {
            Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !stack.isAlive() || Files.readString(output).contains("Demo logins"));
            String log = Files.readString(output);
            assertTrue(stack.isAlive(), log);
            assertTrue(log.contains("http://localhost:" + port + "/"), log);
            assertEquals(200, status("http://127.0.0.1:" + KeycloakServer.MANAGEMENT_PORT + "/health/ready"));
            assertEquals(200, status("http://127.0.0.1:" + port + "/q/health/ready"));
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("id=\"login\""));
        } finally {
            stack.destroy();
            assertTrue(stack.waitFor(60, TimeUnit.SECONDS), "the launcher stops within a minute");
        }
        assertEquals(-1, status("http://127.0.0.1:" + port + "/q/health/ready"), "the app is stopped");
        if (!keycloakWasRunning) {
            assertEquals(-1, status("http://127.0.0.1:" + KeycloakServer.MANAGEMENT_PORT + "/health/ready"),
                    "the Keycloak this run started is stopped");
        }
        assertFalse(Files.readString(output).contains("Exception in thread"), Files.readString(output));
        Files.delete(output);
    }

    /** HTTP status, or -1 when nothing listens. */
    private int status(String url) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (ConnectException e) {
            return -1;
        } catch (IOException e) {
            return -2;
        }
    }
}
