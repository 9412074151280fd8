package academy.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 means stored: the packaged app on its default embedded database (the H2 file under ./data
 * with the shipped URL settings) takes graded submissions from four learners at once, is killed
 * with SIGKILL right after the 30th acknowledgement, and restarts on the same files: every
 * acknowledged attempt is there, graded. Learners authenticate with bearer tokens signed by a key
 * this test generates; the app (as a bearer-only tenant) fetches the key set from this test.
 */
class CrashDurabilityIT {

    static final String QUIZ = "01-overview.architecture";
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");

    @TempDir
    Path workDir;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    KeyPair keys;
    int port;
    com.sun.net.httpserver.HttpServer jwksServer;
    String jwksUrl;

    @org.junit.jupiter.api.AfterEach
    void stopJwks() {
        if (jwksServer != null) {
            jwksServer.stop(0);
        }
    }

    @Test
    void acknowledgedSubmissionsSurviveKillDashNine() throws Exception {
        acknowledgedSubmissionsSurvive(false);
    }

    /** The same with a graceful stop (SIGTERM, as Kubernetes and the benchmark stop the app) right after the 30th. */
    @Test
    void acknowledgedSubmissionsSurviveAGracefulStop() throws Exception {
        acknowledgedSubmissionsSurvive(true);
    }

    void acknowledgedSubmissionsSurvive(boolean graceful) throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        keys = gen.generateKeyPair();
        port = freePort();
        // the key set the app verifies tokens with, served from here: no identity provider in this test
        org.jose4j.jwk.RsaJsonWebKey jwk = new org.jose4j.jwk.RsaJsonWebKey((java.security.interfaces.RSAPublicKey) keys.getPublic());
        jwk.setKeyId("crash-test");
        jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        jwk.setUse("sig");
        byte[] jwks = ("{\"keys\": [" + jwk.toJson() + "]}").getBytes(StandardCharsets.UTF_8);
        jwksServer = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        jwksServer.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        jwksServer.start();
        jwksUrl = "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks";

        Process app = startApp();
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // attempt token -> learner
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<String> lastFailure = new java.util.concurrent.atomic.AtomicReference<>("none");
        ExecutorService learners = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 4; i++) {
                String learner = "crash-learner-" + i;
                String bearer = token(learner);
                learners.submit(() -> {
                    for (int n = 0; n < 200 && !stop.get(); n++) {
                        try {
                            HttpResponse<String> started = post(bearer, "{}");
                            Matcher m = TOKEN.matcher(started.body());
                            if (started.statusCode() != 201 || !m.find()) {
                                lastFailure.set("start " + started.statusCode() + " " + started.body());
                                continue;
                            }
                            HttpResponse<String> graded = post(bearer, "{\"attempt\": \"" + m.group(1) + "\", \"answers\": {}}");
                            if (graded.statusCode() == 200 && graded.body().contains("\"FINISHED\"")) {
                                acknowledged.put(m.group(1), bearer);
                            } else {
                                lastFailure.set("submit " + graded.statusCode() + " " + graded.body());
                            }
                        } catch (IOException e) {
                            return null; // the server died under us: expected after the kill
                        }
                    }
                    return null;
                });
            }
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (acknowledged.size() < 30 && Instant.now().isBefore(deadline)
                    && (acknowledged.size() > 0 || Instant.now().isBefore(deadline.minus(Duration.ofSeconds(150))))) {
                Thread.onSpinWait();
            }
            if (graceful) {
                app.destroy(); // SIGTERM: Quarkus shuts down, requests in flight are cut
            } else {
                app.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            }
            stop.set(true);
            assertTrue(app.waitFor(30, TimeUnit.SECONDS));
        } finally {
            learners.shutdownNow();
            learners.awaitTermination(30, TimeUnit.SECONDS);
            app.destroyForcibly();
        }
        assertTrue(acknowledged.size() >= 30, "30 graded submissions before the kill, got " + acknowledged.size()
                + "; last failure: " + lastFailure.get() + "\n" + logs());

        Process again = startApp();
        try {
            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/me/attempts/" + e.getKey()))
                        .header("Authorization", "Bearer " + e.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200 || !r.body().contains("\"FINISHED\"")) {
                    lost.add(e.getKey() + " -> " + r.statusCode());
                }
            }
            assertEquals(List.of(), lost, (graceful ? "acknowledged submissions missing after a graceful stop (of " : "acknowledged submissions missing after the crash (of ") + acknowledged.size() + ")");
        } finally {
            again.destroy();
            again.waitFor(30, TimeUnit.SECONDS);
        }
    }

    HttpResponse<String> post(String bearer, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/api/quizzes/" + QUIZ + "/attempts"))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    Process startApp() throws Exception {
        String jar = Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath().toString();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a bearer-only tenant that verifies with our key; the browser (code flow) settings do not apply to it
                "-Dquarkus.oidc.application-type=service", "-Dquarkus.oidc.token.refresh-expired=false",
                "-Dquarkus.oidc.logout.path=", "-Dquarkus.oidc.logout.post-logout-path=", "-Dquarkus.oidc.roles.source=",
                "-Dquarkus.oidc.discovery-enabled=false", "-Dquarkus.oidc.jwks-path=" + jwksUrl,
                "-Dquarkus.oidc.token.issuer=academy-crash-test", "-jar", jar)
                .directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app-" + System.nanoTime() + ".log").toFile());
        pb.environment().put("ACADEMY_CONTENT_COURSES_DIR", Path.of("courses").toAbsolutePath().toString());
        pb.environment().put("ACADEMY_CONTENT_QUIZZES_DIR", Path.of("quizzes").toAbsolutePath().toString());
        pb.environment().put("PORT", String.valueOf(port));
        pb.environment().remove("ACADEMY_DB_URL"); // the shipped default: ./data/academy under the working directory
        // -Dcrash.db-url=... replays the test on other settings, e.g. the old default without WRITE_DELAY=0
        String override = System.getProperty("crash.db-url");
        if (override != null && !override.isBlank()) {
            pb.environment().put("ACADEMY_DB_URL", override);
        }
        Process p = pb.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertTrue(p.isAlive(), () -> "the app exited: " + logs());
            Thread.sleep(200);
        }
        throw new AssertionError("the app did not become ready: " + logs());
    }

    String logs() {
        try (var files = Files.list(workDir)) {
            StringBuilder out = new StringBuilder();
            for (Path f : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                out.append(Files.readString(f, StandardCharsets.UTF_8));
            }
            return out.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    String token(String subject) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("academy-crash-test");
        claims.setSubject(subject);
        claims.setClaim("preferred_username", subject);
        claims.setClaim("email", subject + "@academy.test");
        claims.setClaim("name", subject);
        claims.setClaim("realm_access", Map.of("roles", List.of("learner")));
        claims.setExpirationTimeMinutesInTheFuture(30);
        claims.setIssuedAtToNow();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setKeyIdHeaderValue("crash-test");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
