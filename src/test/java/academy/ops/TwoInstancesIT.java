package academy.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import academy.devtools.KeycloakServer;
import academy.progress.ThrowawayPostgres;

/**
 * Two instances of the packaged PostgreSQL build on one PostgreSQL 15 cluster, behind a real nginx that
 * balances round-robin without sticky sessions, signed in through the real Keycloak login form:
 * <ul>
 * <li>the sign-in itself crosses instances (the state cookie set by one is read by the other: the shared
 * {@code ACADEMY_OIDC_STATE_SECRET}), and the session then works on both, through nginx and on each
 * instance's own port;</li>
 * <li>a form rendered by one instance is accepted by the other (CSRF);</li>
 * <li>concurrent starts and submissions of the same quiz by the same learner, spread over both, never
 * answer 500, make exactly one attempt row per attempt number and grade each attempt once;</li>
 * <li>progress and attempts read back identically from both;</li>
 * <li>and, as a control, with an instance restarted on a state secret of its own, a sign-in crossing
 * instances fails.</li>
 * </ul>
 * Which instance answered is told by nginx itself ({@code X-Academy-Upstream: $upstream_addr}), so the
 * app needs no code for it. Ports are taken from 18000–18999; Keycloak is the run command's (8180).
 */
class TwoInstancesIT {

    static final String QUIZ = "01-basics.first";
    static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern KC_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    static final ObjectMapper JSON = new ObjectMapper();

    final Path work = Path.of("target", "two-instances").toAbsolutePath();
    final CookieManager cookies = new LoopbackCookies();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    final List<Process> apps = new ArrayList<>();
    ThrowawayPostgres postgres;
    KeycloakServer keycloak;
    Process nginx;
    String jdbcUrl;
    int portA;
    int portB;
    int nginxPort;

    @AfterEach
    void stopEverything() throws Exception {
        if (nginx != null) {
            stopNginx();
        }
        for (Process app : apps) {
            app.destroy();
        }
        for (Process app : apps) {
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    @Test
    void twoInstancesBehindNginxShareSignInAttemptsAndProgress() throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        postgres = new ThrowawayPostgres();
        jdbcUrl = postgres.start().get("quarkus.datasource.jdbc.url");
        keycloak = KeycloakServer.ensureRunning(Path.of("").toAbsolutePath(), System.out);
        portA = freePort(Set.of());
        portB = freePort(Set.of(portA));
        nginxPort = freePort(Set.of(portA, portB));

        // both at once on the empty database: Flyway's lock lets one migrate while the other waits
        String stateSecret = randomSecret();
        apps.add(startApp("a", portA, stateSecret));
        apps.add(startApp("b", portB, stateSecret));
        awaitReady(portA, apps.get(0), "a");
        awaitReady(portB, apps.get(1), "b");
        startNginx();
        String a = "127.0.0.1:" + portA;
        String b = "127.0.0.1:" + portB;

        // --- sign in through nginx; the hops alternate between the instances
        List<String> hops = new ArrayList<>();
        HttpResponse<String> landed = signIn(hops);
        assertEquals(200, landed.statusCode(), "signed in and back on /me after " + hops + ": " + landed.body());
        assertTrue(hops.contains(a) && hops.contains(b), "the sign-in was served by both instances: " + hops);
        HttpResponse<String> me = viaNginx("GET", "/me", null, null);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("Lin Learner"), "signed in on /me");

        // stays signed in on whichever instance answers, and on each instance's own port with the same cookies
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> progress = viaNginx("GET", "/api/me/progress", null, null);
            assertEquals(200, progress.statusCode(), progress.body());
            assertEquals("learner", JSON.readTree(progress.body()).get("username").asText());
            answered.add(upstream(progress));
        }
        assertEquals(Set.of(a, b), answered, "round-robin, no sticky sessions");
        for (int port : List.of(portA, portB)) {
            HttpResponse<String> direct = direct(port, "/api/me/progress");
            assertEquals(200, direct.statusCode(), "port " + port + ": " + direct.body());
            assertEquals("learner", JSON.readTree(direct.body()).get("username").asText());
        }

        // --- a form rendered by one instance, posted to the other
        HttpResponse<String> lesson = viaNginx("GET", "/courses/demo/01-basics/second", null, null);
        assertEquals(200, lesson.statusCode());
        Matcher token = FORM_TOKEN.matcher(lesson.body());
        assertTrue(token.find(), "the lesson page has the mark-complete form");
        String form = "csrf-token=" + token.group(1) + "&course=demo&module=01-basics&lesson=second";
        HttpResponse<String> marked = viaNginx("POST", "/me/complete", "application/x-www-form-urlencoded", form);
        assertNotEquals(upstream(lesson), upstream(marked), "the form went to the other instance");
        assertEquals(303, marked.statusCode(), marked.body());
        // and a form without its token is still refused there (the check is real, not switched off)
        HttpResponse<String> forged = viaNginx("POST", "/me/complete", "application/x-www-form-urlencoded",
                "course=demo&module=01-basics&lesson=first");
        assertEquals(400, forged.statusCode(), forged.body());

        // the session cookie names a row of the shared oidc_session table, nothing an instance must decrypt
        String session = cookie("q_session");
        assertNotNull(session, "session cookie");
        assertEquals(List.of("1"), rows("SELECT COUNT(*) FROM oidc_session WHERE id = ?", session));

        // --- concurrent starts and submissions of the same quiz, spread over both instances
        String csrf = cookie("academy-csrf");
        assertNotNull(csrf, "the CSRF cookie, sent as X-CSRF-TOKEN with JSON calls");
        int rounds = 3;
        int parallel = 12;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<String> statuses = new ArrayList<>();
        try {
            for (int round = 1; round <= rounds; round++) {
                List<HttpResponse<String>> starts = all(pool, parallel, () -> viaNginx("POST", "/api/quizzes/" + QUIZ + "/attempts",
                        "application/json", "{}", csrf));
                Set<String> tokens = new HashSet<>();
                Set<String> startedOn = new HashSet<>();
                for (HttpResponse<String> r : starts) {
                    statuses.add("start " + r.statusCode());
                    assertEquals(201, r.statusCode(), r.body());
                    JsonNode attempt = JSON.readTree(r.body());
                    assertEquals(round, attempt.get("attemptNumber").asInt());
                    tokens.add(attempt.get("token").asText());
                    startedOn.add(upstream(r));
                }
                assertEquals(1, tokens.size(), "round " + round + ": every start resumed the same attempt");
                assertEquals(Set.of(a, b), startedOn);
                String attempt = tokens.iterator().next();
                List<HttpResponse<String>> submits = all(pool, parallel, () -> viaNginx("POST", "/api/quizzes/" + QUIZ + "/attempts",
                        "application/json", "{\"attempt\": \"" + attempt + "\", \"answers\": {\"q1\": true}}", csrf));
                int gradedHere = 0;
                Set<String> results = new HashSet<>();
                Set<String> submittedOn = new HashSet<>();
                for (HttpResponse<String> r : submits) {
                    statuses.add("submit " + r.statusCode());
                    assertEquals(200, r.statusCode(), r.body());
                    JsonNode graded = JSON.readTree(r.body());
                    assertEquals("FINISHED", graded.get("state").asText());
                    if (!graded.get("alreadyGraded").asBoolean()) {
                        gradedHere++;
                    }
                    results.add(graded.get("finishedAt").asText() + " " + graded.get("scorePercent").asInt());
                    submittedOn.add(upstream(r));
                }
                assertEquals(1, gradedHere, "round " + round + ": one submission graded, the others got alreadyGraded");
                assertEquals(Set.of(results.iterator().next()), results, "one graded result, the same for everyone");
                assertEquals(Set.of(a, b), submittedOn);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(statuses.stream().noneMatch(s -> s.endsWith(" 500")), statuses.toString());

        // --- the rows in PostgreSQL
        String subject = JSON.readTree(viaNginx("GET", "/api/me/progress", null, null).body()).get("subject").asText();
        assertEquals(List.of("1:1:FINISHED", "2:1:FINISHED", "3:1:FINISHED"), rows(
                "SELECT attempt_no || ':' || COUNT(*) || ':' || MIN(state) FROM quiz_attempt WHERE subject = ? AND quiz_id = ?"
                        + " GROUP BY attempt_no ORDER BY attempt_no", subject, QUIZ));
        assertEquals(List.of("0"), rows("SELECT COUNT(*) FROM quiz_attempt WHERE subject = ? AND open_slot IS NOT NULL", subject));
        assertEquals(List.of("first", "second"), rows(
                "SELECT lesson_slug FROM lesson_completion WHERE subject = ? ORDER BY lesson_slug", subject));

        // --- progress and attempts read back identically from both instances
        JsonNode progressA = JSON.readTree(direct(portA, "/api/me/progress").body());
        JsonNode progressB = JSON.readTree(direct(portB, "/api/me/progress").body());
        assertEquals(progressA, progressB);
        assertEquals(2, progressA.get("courses").get(0).get("completedLessons").asInt(), progressA.toString());
        JsonNode attemptsA = JSON.readTree(direct(portA, "/api/me/attempts").body());
        JsonNode attemptsB = JSON.readTree(direct(portB, "/api/me/attempts").body());
        assertEquals(attemptsA, attemptsB);
        assertEquals(rounds, count(attemptsA), attemptsA.toString());

        // --- a live session across the instances: the instructor hosts on a, the learner takes part on b;
        // questions reach b's stream and answers reach a's through PostgreSQL LISTEN/NOTIFY
        liveSessionAcrossInstances();

        // --- control: instance b restarted with a state secret of its own; a sign-in that leaves through one
        // instance and comes back through the other now fails, so the shared secret is what made it work above
        apps.get(1).destroy();
        assertTrue(apps.get(1).waitFor(60, TimeUnit.SECONDS));
        apps.set(1, startApp("b-own-secret", portB, randomSecret()));
        awaitReady(portB, apps.get(1), "b-own-secret");
        cookies.getCookieStore().removeAll();
        List<String> controlHops = new ArrayList<>();
        HttpResponse<String> refused = signIn(controlHops);
        assertTrue(controlHops.contains(a) && controlHops.contains(b), controlHops.toString());
        assertNotEquals(200, refused.statusCode(), "without the shared state secret the sign-in must fail: " + controlHops);
        assertTrue(cookie("q_session") == null, "no session was created");
    }

    /**
     * A browser's cookie jar: loopback addresses are a secure context, so a browser sends Keycloak's {@code Secure}
     * cookies to http://localhost; Java's {@link CookieManager} would not (and Keycloak then finds no login session).
     */
    static final class LoopbackCookies extends CookieManager {
        LoopbackCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                super.put(uri, headers);
                return;
            }
            Map<String, List<String>> copy = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.forEach((name, values) -> {
                if (name != null) {
                    copy.put(name, "Set-Cookie".equalsIgnoreCase(name)
                            ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList()
                            : values);
                }
            });
            super.put(uri, copy);
        }
    }

    /** The code flow by hand, through nginx, recording which instance served each app hop; answers the last response. */
    HttpResponse<String> signIn(List<String> hops) throws Exception {
        HttpResponse<String> r = viaNginx("GET", "/login?redirect=%2Fme", null, null);
        for (int i = 0; i < 10 && r.statusCode() / 100 == 3; i++) {
            hops.add(upstream(r));
            URI next = URI.create(nginxBase()).resolve(r.headers().firstValue("Location").orElseThrow());
            if (next.getPort() == KeycloakServer.HTTP_PORT) {
                r = keycloakLogin(next);
                assertEquals(302, r.statusCode(), "Keycloak accepted the password: " + r.body());
                next = URI.create(r.headers().firstValue("Location").orElseThrow());
                assertEquals(nginxPort, next.getPort(), "back to the app through nginx: " + next);
            }
            r = send(HttpRequest.newBuilder(next).GET());
        }
        hops.add(upstream(r));
        return r;
    }

    /** Keycloak's login page, then its form with the demo learner's password; answers the redirect to the app. */
    HttpResponse<String> keycloakLogin(URI authorize) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(authorize).GET());
        if (page.statusCode() == 302) {
            return page; // Keycloak's own single sign-on session: straight back to the app
        }
        assertEquals(200, page.statusCode(), page.body());
        Matcher action = KC_FORM.matcher(page.body());
        assertTrue(action.find(), "Keycloak's login form");
        return send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=learner&password=learner&credentialId=")));
    }

    HttpResponse<String> viaNginx(String method, String path, String contentType, String body) throws Exception {
        return viaNginx(method, path, contentType, body, null);
    }

    /** As a browser on the nginx address sends it: same Origin on posts, the CSRF header on JSON calls. */
    HttpResponse<String> viaNginx(String method, String path, String contentType, String body, String csrfHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nginxBase() + path)).timeout(Duration.ofSeconds(60));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType)
                    .header("Origin", nginxBase());
        }
        if (csrfHeader != null) {
            request.header("X-CSRF-TOKEN", csrfHeader);
        }
        HttpResponse<String> response = send(request);
        assertTrue(response.headers().firstValue("X-Academy-Upstream").isPresent(), "nginx names the instance");
        return response;
    }

    HttpResponse<String> direct(int port, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String upstream(HttpResponse<String> response) {
        return response.headers().firstValue("X-Academy-Upstream").orElse("?");
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(c -> c.getValue())
                .findFirst().orElse(null);
    }

    static <T> List<T> all(ExecutorService pool, int n, Callable<T> call) throws Exception {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(call);
        }
        List<T> out = new ArrayList<>();
        for (Future<T> f : pool.invokeAll(calls)) {
            out.add(f.get());
        }
        return out;
    }

    static int count(JsonNode attempts) {
        JsonNode list = attempts.isArray() ? attempts : attempts.path("attempts");
        return list.size();
    }

    List<String> rows(String sql, String... params) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "academy", "academy");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    Process startApp(String name, int port, String stateSecret) throws IOException {
        Path jar = Path.of(System.getProperty("app.postgresql.jar", "target/postgresql/quarkus-run.jar")).toAbsolutePath();
        assertTrue(Files.exists(jar), jar + " (the PostgreSQL build, made in pre-integration-test)");
        Path dir = Files.createDirectories(work.resolve(name));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString()).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile());
        Map<String, String> env = pb.environment();
        env.put("PORT", String.valueOf(port));
        env.put("ACADEMY_DB_KIND", "postgresql"); // as built: no build-time-property warning at start
        env.put("ACADEMY_DB_URL", jdbcUrl);
        env.put("ACADEMY_DB_USER", "academy");
        env.put("ACADEMY_DB_PASSWORD", "academy");
        // what the instances must share besides the database (docs/scale-out.md)
        env.put("ACADEMY_OIDC_URL", KeycloakServer.REALM_URL);
        env.put("ACADEMY_OIDC_CLIENT_ID", KeycloakServer.CLIENT_ID);
        env.put("ACADEMY_OIDC_CLIENT_SECRET", KeycloakServer.DEV_CLIENT_SECRET);
        env.put("ACADEMY_OIDC_STATE_SECRET", stateSecret);
        env.put("ACADEMY_CONTENT_COURSES_DIR", Path.of("src/test/resources/fixtures/valid/courses").toAbsolutePath().toString());
        env.put("ACADEMY_CONTENT_QUIZZES_DIR", Path.of("src/test/resources/fixtures/valid/quizzes").toAbsolutePath().toString());
        return pb.start();
    }

    void awaitReady(int port, Process app, String name) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (direct(port, "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertTrue(app.isAlive(), () -> "instance " + name + " exited: " + log(work.resolve(name).resolve("app.log")));
            Thread.sleep(250);
        }
        throw new AssertionError("instance " + name + " did not become ready: " + log(work.resolve(name).resolve("app.log")));
    }

    /** Debian's nginx as an unprivileged process (nobody when the test runs as root), one worker: strict round-robin. */
    void startNginx() throws Exception {
        Path dir = Files.createDirectories(work.resolve("nginx"));
        Files.createDirectories(dir.resolve("tmp"));
        String conf = """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log info;
                events { worker_connections 512; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/tmp/body;
                    proxy_temp_path %1$s/tmp/proxy;
                    fastcgi_temp_path %1$s/tmp/fastcgi;
                    uwsgi_temp_path %1$s/tmp/uwsgi;
                    scgi_temp_path %1$s/tmp/scgi;
                    upstream academy {
                        server 127.0.0.1:%2$d;
                        server 127.0.0.1:%3$d;
                        keepalive 16;
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        location / {
                            proxy_pass http://academy;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_buffer_size 16k;
                            proxy_buffers 8 16k;
                            proxy_next_upstream off;
                            add_header X-Academy-Upstream $upstream_addr always;
                        }
                    }
                }
                """.formatted(dir, portA, portB, nginxPort);
        Files.writeString(dir.resolve("nginx.conf"), conf);
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            run("chown", "-R", "nobody", dir.toString());
            command.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        command.addAll(List.of(nginxBinary(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString()));
        nginx = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (send(HttpRequest.newBuilder(URI.create(nginxBase() + "/q/health/ready")).GET()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertTrue(nginx.isAlive(), () -> "nginx exited: " + log(dir.resolve("stdout.log")) + log(dir.resolve("error.log")));
            Thread.sleep(100);
        }
        throw new AssertionError("nginx did not answer: " + log(dir.resolve("error.log")));
    }

    void stopNginx() throws Exception {
        Path pid = work.resolve("nginx").resolve("nginx.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroy);
        }
        if (!nginx.waitFor(20, TimeUnit.SECONDS)) {
            nginx.destroyForcibly();
        }
    }

    static String nginxBinary() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new AssertionError("nginx is missing: apt-get install nginx (.ci/run does)");
    }

    String nginxBase() {
        return "http://127.0.0.1:" + nginxPort;
    }

    /** A free loopback port in this test's range, 18000–18999. */
    static int freePort(Set<Integer> taken) {
        int start = ThreadLocalRandom.current().nextInt(1000);
        for (int i = 0; i < 1000; i++) {
            int port = 18000 + (start + i) % 1000;
            if (taken.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException inUse) {
                // next
            }
        }
        throw new AssertionError("no free port in 18000-18999");
    }

    static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + ": " + out);
    }

    static String log(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.length() > 20000 ? text.substring(text.length() - 20000) : text;
        } catch (IOException e) {
            return e.toString();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The bearer token of a demo user, from the real Keycloak (password grant of the run command's client). */
    static String tokenOf(String user) throws Exception {
        String form = "grant_type=password&client_id=" + KeycloakServer.CLIENT_ID + "&client_secret=" + KeycloakServer.DEV_CLIENT_SECRET
                + "&username=" + user + "&password=" + user + "&scope=openid";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(KeycloakServer.REALM_URL
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    static HttpResponse<String> bearer(int port, String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The lines of a server-sent event stream, read in the background until the test closes it. */
    static java.util.concurrent.BlockingQueue<String> stream(int port, String path, String token, List<java.io.InputStream> open) throws Exception {
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        HttpResponse<java.io.InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode(), path + " on " + port);
        open.add(r.body());
        Thread t = new Thread(() -> {
            try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    lines.add(line.replace("data: ", "data:"));
                }
            } catch (IOException ignored) {
                // closed by the test
            }
        });
        t.setDaemon(true);
        t.start();
        return lines;
    }

    static boolean await(java.util.concurrent.BlockingQueue<String> lines, String wanted) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    void liveSessionAcrossInstances() throws Exception {
        String host = tokenOf("instructor");
        String learner = tokenOf("learner");
        // the instructor's first request reconciles the demo class (2026-q4) from the token's groups
        HttpResponse<String> setup = bearer(portA, "GET", "/live/new", host, null);
        assertEquals(200, setup.statusCode(), setup.body());
        Matcher cohort = Pattern.compile("<option value=\"(\\d+)\" selected>").matcher(setup.body());
        assertTrue(cohort.find(), "the instructor's class on the setup page");
        HttpResponse<String> created = bearer(portA, "POST", "/api/live/sessions", host,
                "{\"cohort\": " + cohort.group(1) + ", \"quiz\": \"" + QUIZ + "\", \"board\": \"ACCURACY\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode session = JSON.readTree(created.body());
        long id = session.get("id").asLong();
        HttpResponse<String> joined = bearer(portB, "POST", "/api/live/join", learner, "{\"code\": \"" + session.get("code").asText() + "\"}");
        assertEquals(200, joined.statusCode(), joined.body());

        List<java.io.InputStream> open = new ArrayList<>();
        try {
            java.util.concurrent.BlockingQueue<String> hostLines = stream(portA, "/live/" + id + "/events", host, open);
            java.util.concurrent.BlockingQueue<String> learnerLines = stream(portB, "/live/" + id + "/events", learner, open);
            int version = session.get("version").asInt();
            assertTrue(await(learnerLines, "data:{\"version\":" + version + "}"), "b's stream starts: " + learnerLines);

            HttpResponse<String> next = bearer(portA, "POST", "/api/live/" + id + "/next", host, "{\"version\": " + version + "}");
            assertEquals(200, next.statusCode(), next.body());
            int opened = JSON.readTree(next.body()).get("version").asInt();
            assertTrue(await(learnerLines, "data:{\"version\":" + opened + "}"), "a's change reached b's stream: " + learnerLines);

            JsonNode state = JSON.readTree(bearer(portB, "GET", "/api/live/" + id, learner, null).body());
            assertEquals("QUESTION", state.get("phase").asText());
            assertTrue(state.get("reveal").isNull(), "no key before the reveal: " + state);
            HttpResponse<String> answered = bearer(portB, "POST", "/api/live/" + id + "/answers", learner,
                    "{\"index\": 0, \"answer\": [\"true\"]}");
            assertEquals(201, answered.statusCode(), answered.body());
            assertTrue(await(hostLines, "\"answered\":1,\"histogram\":{\"true\":1,\"false\":0}"), "b's answer reached a's histogram: " + hostLines);

            assertEquals(200, bearer(portA, "POST", "/api/live/" + id + "/reveal", host, "{\"version\": " + opened + "}").statusCode());
            assertTrue(await(learnerLines, "data:{\"version\":" + (opened + 1) + "}"), "the reveal reached b: " + learnerLines);
            JsonNode revealed = JSON.readTree(bearer(portB, "GET", "/api/live/" + id, learner, null).body());
            assertEquals("[\"true\"]", revealed.get("reveal").get("correct").toString());
            assertTrue(revealed.get("reveal").get("youWereRight").asBoolean());
            assertEquals(List.of("1"), rows("SELECT COUNT(*) FROM live_answer WHERE session_id = CAST(? AS BIGINT)", String.valueOf(id)));
        } finally {
            for (java.io.InputStream in : open) {
                in.close();
            }
        }
    }

}
