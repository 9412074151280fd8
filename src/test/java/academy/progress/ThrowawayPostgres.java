package academy.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A PostgreSQL cluster of its own for one test run: initdb in a temp folder, started on a free
 * loopback port, removed afterwards. Uses the local PostgreSQL binaries (no Docker); as root, the
 * server runs as the {@code postgres} user because PostgreSQL refuses to run as root.
 */
public class ThrowawayPostgres implements QuarkusTestResourceLifecycleManager {

    static final Path BIN = Path.of(System.getenv().getOrDefault("PG_BIN", "/usr/lib/postgresql/15/bin"));

    private Path dir;
    private boolean asPostgresUser;
    private int port;
    /** The cluster of the running test app, for tests that crash it. */
    static volatile ThrowawayPostgres current;

    @Override
    public Map<String, String> start() {
        try {
            asPostgresUser = "root".equals(System.getProperty("user.name"));
            dir = Files.createTempDirectory("academy-pg-", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
            Path data = dir.resolve("data");
            if (asPostgresUser) {
                run("chown", "postgres", dir.toString());
            }
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            pg("initdb", "-D", data.toString(), "-U", "academy", "--auth=trust", "-E", "UTF8", "--no-locale");
            pg("pg_ctl", "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                    "-o", "-p " + port + " -k " + dir + " -h 127.0.0.1", "start");
            current = this;
            pg("createdb", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "academy", "academy");
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/academy",
                    "quarkus.datasource.username", "academy",
                    "quarkus.datasource.password", "academy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kill -9 of the postmaster (no checkpoint, no clean shutdown), then a normal start with crash recovery. */
    public static void crashAndRestart() {
        ThrowawayPostgres pg = current;
        try {
            Path data = pg.dir.resolve("data");
            String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
            pg.run("kill", "-9", pid);
            for (int i = 0; i < 100 && Files.exists(Path.of("/proc", pid)); i++) {
                Thread.sleep(100);
            }
            pg.pg("pg_ctl", "-D", data.toString(), "-l", pg.dir.resolve("server.log").toString(), "-w", "-t", "60",
                    "-o", "-p " + pg.port + " -k " + pg.dir + " -h 127.0.0.1", "start");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (dir == null) {
            return;
        }
        try {
            pg("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void pg(String tool, String... args) {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(BIN.resolve(tool).toString());
        command.addAll(List.of(args));
        run(command.toArray(String[]::new));
    }

    private void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
