package academy.devtools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak for local runs and the real-login test, without Docker: fetches
 * {@code org.keycloak:keycloak-quarkus-dist} through the Maven wrapper, unpacks it under {@code .keycloak/},
 * starts it in dev mode on 127.0.0.1:8180 with the academy realm imported and waits on its health endpoint.
 * A Keycloak that already serves the realm on that port is reused and left running.
 *
 * <p>Plain JDK code with no CDI annotations: it is dev tooling that the run profile starts with
 * {@code java -cp target/classes} and tests call directly; the application never uses it.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "academy";
    public static final int HTTP_PORT = 8180;
    public static final int MANAGEMENT_PORT = 9180;
    /** The issuer the app trusts: fixed by {@code --hostname}, so tokens do not depend on the request host. */
    public static final String REALM_URL = "http://localhost:" + HTTP_PORT + "/realms/" + REALM;
    public static final String CLIENT_ID = "academy-web";
    /** The demo client secret from {@code docker/keycloak/realm-academy.json}: local use only. */
    public static final String DEV_CLIENT_SECRET = "academy-dev-secret";

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final Duration startup;

    private KeycloakServer(Process process, Duration startup) {
        this.process = process;
        this.startup = startup;
    }

    /**
     * Reuses a Keycloak that already serves the realm on port 8180, else fetches, unpacks and starts one.
     *
     * @param projectDir the project root (holds {@code mvnw}, {@code .keycloak/} and the realm file)
     * @param out        where progress goes; a launch without visible progress looks hung for 45 s
     */
    public static KeycloakServer ensureRunning(Path projectDir, PrintStream out) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        switch (probeRealm(http)) {
            case SERVES_REALM -> {
                out.println("[keycloak] reusing the Keycloak already running on port " + HTTP_PORT);
                return new KeycloakServer(null, Duration.ZERO);
            }
            case OTHER -> throw new IllegalStateException("Port " + HTTP_PORT + " is in use, but not by a Keycloak "
                    + "serving realm '" + REALM + "'. Stop that process or free the port.");
            case NOTHING -> {
                // start below
            }
        }
        Path home = unpack(projectDir.toAbsolutePath(), out);
        prepareRealmImport(projectDir.toAbsolutePath(), home, out);
        installTheme(projectDir.toAbsolutePath(), home);
        return start(home, http, out);
    }

    /** Whether this launcher started the server (and so stops it on close). */
    public boolean owned() {
        return process != null;
    }

    /** Time from launch to healthy; zero when an existing server was reused. */
    public Duration startupTime() {
        return startup;
    }

    /** Stops the server if this launcher started it: SIGTERM to the Keycloak JVM and the kc.sh wrapper. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : tree) {
                child.onExit().get(20, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    enum Probe { SERVES_REALM, OTHER, NOTHING }

    static Probe probeRealm(HttpClient http) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + HTTP_PORT + "/realms/" + REALM + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("/realms/" + REALM)
                    ? Probe.SERVES_REALM : Probe.OTHER;
        } catch (ConnectException e) {
            return Probe.NOTHING;
        } catch (IOException e) {
            return Probe.OTHER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path unpack(Path projectDir, PrintStream out) {
        Path root = projectDir.resolve(".keycloak");
        Path home = root.resolve("keycloak-" + VERSION);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path zip = root.resolve("download/keycloak-quarkus-dist-" + VERSION + ".zip");
        try {
            if (!Files.isRegularFile(zip)) {
                out.println("[keycloak] fetching org.keycloak:keycloak-quarkus-dist:" + VERSION
                        + ":zip through the Maven wrapper (177 MB, cached in ~/.m2 afterwards)");
                runMaven(projectDir, "-q", "dependency:copy",
                        "-Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip",
                        "-DoutputDirectory=" + zip.getParent());
            }
            out.println("[keycloak] unpacking into " + projectDir.relativize(home));
            Path staging = Files.createTempDirectory(root, "unpack-");
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        throw new IOException("zip entry outside the target folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            try (Stream<Path> scripts = Files.list(staging.resolve("keycloak-" + VERSION + "/bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
            // Rename last, so an interrupted unpack never looks like a complete server.
            Files.move(staging.resolve("keycloak-" + VERSION), home);
            deleteTree(staging);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack Keycloak into " + home, e);
        }
    }

    private static void runMaven(Path projectDir, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(projectDir.resolve(isWindows() ? "mvnw.cmd" : "mvnw").toString());
        command.addAll(List.of(args));
        try {
            Process maven = new ProcessBuilder(command).directory(projectDir.toFile()).inheritIO().start();
            if (maven.waitFor() != 0) {
                throw new IOException("Maven could not fetch Keycloak (exit " + maven.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching Keycloak", e);
        }
    }

    /**
     * Puts the realm file where {@code --import-realm} finds it. Import skips a realm that already exists,
     * so when the realm file changed the dev database is dropped and the realm imported afresh.
     */
    /**
     * Copies the app's login theme ({@code docker/keycloak/themes/academy}, the realm's {@code loginTheme})
     * into Keycloak's themes folder, replacing an older copy; dev mode does not cache themes.
     */
    private static void installTheme(Path projectDir, Path home) {
        Path source = projectDir.resolve("docker/keycloak/themes/academy");
        Path target = home.resolve("themes/academy");
        try {
            if (Files.exists(target)) {
                deleteTree(target);
            }
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the login theme from " + source, e);
        }
    }

    private static void prepareRealmImport(Path projectDir, Path home, PrintStream out) {
        Path realm = projectDir.resolve("docker/keycloak/realm-academy.json");
        Path imported = home.resolve("data/import/realm-academy.json");
        try {
            byte[] wanted = Files.readAllBytes(realm);
            if (Files.isRegularFile(imported) && !sha256(Files.readAllBytes(imported)).equals(sha256(wanted))) {
                out.println("[keycloak] realm file changed: resetting Keycloak's dev database to import it again");
                deleteTree(home.resolve("data/h2"));
            }
            Files.createDirectories(imported.getParent());
            Files.write(imported, wanted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the realm import from " + realm, e);
        }
    }

    private static KeycloakServer start(Path home, HttpClient http, PrintStream out) {
        Path log = home.getParent().resolve("keycloak.log");
        List<String> command = List.of(home.resolve(isWindows() ? "bin/kc.bat" : "bin/kc.sh").toString(),
                "start-dev", "--http-port", String.valueOf(HTTP_PORT), "--http-host", "127.0.0.1",
                "--hostname=http://localhost:" + HTTP_PORT, "--http-management-port", String.valueOf(MANAGEMENT_PORT),
                "--health-enabled=true", "--import-realm");
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // Keycloak reads every KC_* variable as a setting: pass only the bootstrap admin of the master realm.
        builder.environment().keySet().removeIf(name -> name.startsWith("KC_"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        // kc.sh start-dev re-augments Keycloak on its first start only; remember that it happened
        Path startedOnce = home.resolve("data/.academy-started-once");
        out.println("[keycloak] starting Keycloak " + VERSION + " on http://localhost:" + HTTP_PORT + " (log: " + log
                + (Files.exists(startedOnce) ? "; usually 15-20 s)" : "; the first start builds Keycloak once: 1-2 min)"));
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
        KeycloakServer server = new KeycloakServer(process, null);
        long deadline = started + READY_TIMEOUT.toNanos();
        long nextReport = started + Duration.ofSeconds(5).toNanos();
        try {
            while (!healthy(http)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                            + ". Last lines of " + log + ":\n" + tail(log, 30));
                }
                if (System.nanoTime() > deadline) {
                    server.close();
                    throw new IllegalStateException("Keycloak was not ready after " + READY_TIMEOUT.toSeconds()
                            + " s. Last lines of " + log + ":\n" + tail(log, 30));
                }
                if (System.nanoTime() > nextReport) {
                    out.println("[keycloak] waiting for http://127.0.0.1:" + MANAGEMENT_PORT + "/health/ready … "
                            + (System.nanoTime() - started) / 1_000_000_000 + " s");
                    nextReport += Duration.ofSeconds(5).toNanos();
                }
                process.waitFor(500, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            server.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        try {
            Files.writeString(startedOnce, VERSION);
        } catch (IOException e) {
            out.println("[keycloak] note: cannot write " + startedOnce + ": " + e.getMessage());
        }
        out.printf("[keycloak] ready in %.1f s%n", startup.toMillis() / 1000.0);
        return new KeycloakServer(process, startup);
    }

    private static boolean healthy(HttpClient http) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + MANAGEMENT_PORT + "/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                    && probeRealm(http) == Probe.SERVES_REALM;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    }
}
