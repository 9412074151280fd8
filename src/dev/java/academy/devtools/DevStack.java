package academy.devtools;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./mvnw -Prun}: Keycloak (started or reused), then the packaged app, then the URL and demo logins.
 * Ctrl-C stops the app and the Keycloak this run started; a reused Keycloak keeps running.
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of("").toAbsolutePath();
        Path jar = projectDir.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            System.err.println("No packaged app at " + jar + ": run ./mvnw -Prun (it packages first).");
            System.exit(2);
        }
        String port = System.getenv().getOrDefault("PORT", "8080");

        KeycloakServer keycloak;
        try {
            keycloak = KeycloakServer.ensureRunning(projectDir, System.out);
        } catch (RuntimeException e) {
            System.err.println("[keycloak] " + e.getMessage());
            System.exit(3);
            return;
        }

        // the product's JVM flags (docs/performance.md#memory), kept in bench/jvm-flags so the benchmark uses the same
        List<String> command = new java.util.ArrayList<>(List.of(javaBinary()));
        Path flags = projectDir.resolve("bench/jvm-flags");
        if (Files.isRegularFile(flags)) {
            command.addAll(List.of(Files.readString(flags).trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder app = new ProcessBuilder(command)
                .directory(projectDir.toFile()).inheritIO();
        app.environment().putIfAbsent("ACADEMY_OIDC_URL", KeycloakServer.REALM_URL);
        app.environment().putIfAbsent("ACADEMY_OIDC_CLIENT_SECRET", KeycloakServer.DEV_CLIENT_SECRET);
        Process appProcess = app.start();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            appProcess.destroy();
            try {
                appProcess.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (keycloak.owned()) {
                System.out.println("[keycloak] stopping the Keycloak this run started");
            }
            keycloak.close();
        }, "dev-stack-shutdown"));

        if (waitForApp(appProcess, port)) {
            signInDemoLearners(port);
            printBanner(port, keycloak);
        }
        System.exit(appProcess.waitFor());
    }

    private static boolean waitForApp(Process app, String port) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI health = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (app.isAlive() && System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (ConnectException notYet) {
                // the app is still starting
            } catch (IOException e) {
                return false;
            }
            app.waitFor(300, TimeUnit.MILLISECONDS);
        }
        return false;
    }

    /**
     * Demo only: signs the demo learners in once (a password grant, then one API call), as their first
     * sign-in would, so the demo cohort /onboarding/2026-q4 shows its roster before anyone logs in by hand.
     */
    private static void signInDemoLearners(String port) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<String> done = new java.util.ArrayList<>();
        for (String user : List.of("learner", "wang", "zhao")) {
            try {
                String form = "grant_type=password&client_id=" + KeycloakServer.CLIENT_ID + "&client_secret="
                        + KeycloakServer.DEV_CLIENT_SECRET + "&username=" + user + "&password=" + user + "&scope=openid";
                HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(KeycloakServer.REALM_URL
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
                if (token.statusCode() != 200 || !m.find()) {
                    continue;
                }
                int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me/assignments"))
                        .header("Authorization", "Bearer " + m.group(1)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    done.add(user);
                }
            } catch (IOException | InterruptedException e) {
                // demo convenience only: the learners join at their own first sign-in instead
            }
        }
        System.out.println("[demo] signed in once so the demo cohort has its roster: " + String.join(", ", done));
    }

    private static void printBanner(String port, KeycloakServer keycloak) {
        System.out.println();
        System.out.println("  Kube Internals Academy is running: http://localhost:" + port + "/");
        System.out.println("  Keycloak (realm academy):          http://localhost:" + KeycloakServer.HTTP_PORT
                + "/admin/  (master admin: admin / admin)"
                + (keycloak.owned() ? "" : "  [reused]"));
        System.out.println("  Demo logins (local use only):      learner / learner   instructor / instructor   admin / admin   wang / wang   zhao / zhao");
        System.out.println("  Press Ctrl-C to stop" + (keycloak.owned() ? " both." : " the app."));
        System.out.println();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
