package academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import academy.testsupport.FixtureTrees;
import org.junit.jupiter.api.io.TempDir;

/** The packaged app, started on a broken copy of the content, refuses to start and names the files. */
class BrokenContentIT {

    @TempDir
    Path tmp;

    @Test
    void packagedAppRefusesBrokenContentWithPreciseMessages() throws Exception {
        Path courses = tmp.resolve("courses");
        FixtureTrees.copy(Path.of("courses"), courses);
        Files.writeString(courses.resolve("k8s-internals/04-etcd/module.yaml"), "title: etcd\nsummary: a: b\norder: 4\n", StandardCharsets.UTF_8);
        Files.writeString(courses.resolve("k8s-internals/17-multicluster/1-bad name.md"), "# x\n", StandardCharsets.UTF_8);

        String jar = System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar");
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-jar", jar).redirectErrorStream(true);
        pb.environment().put("ACADEMY_CONTENT_COURSES_DIR", courses.toString());
        pb.environment().put("ACADEMY_CONTENT_QUIZZES_DIR", Path.of("quizzes").toAbsolutePath().toString());
        pb.environment().put("ACADEMY_DB_URL", "jdbc:h2:file:" + tmp.resolve("db/academy"));
        pb.environment().put("PORT", "0");
        // this test is about the content report: no Keycloak here, so keep its connection warnings out of the output
        pb.environment().put("QUARKUS_OIDC_TENANT_ENABLED", "false");
        Process app = pb.start();
        boolean exited = app.waitFor(120, TimeUnit.SECONDS);
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!exited) {
            app.destroyForcibly();
        }
        assertTrue(exited, "the app started although the content is broken:\n" + output);
        assertEquals(2, app.exitValue(), output);
        assertTrue(output.contains("The course content is invalid: 2 problems found."), output);
        assertTrue(output.contains("04-etcd/module.yaml:2: YAML syntax error: mapping values are not allowed here"), output);
        assertTrue(output.contains("17-multicluster/1-bad name.md: lesson file name must be NN-slug.md"), output);
        assertFalse(output.contains("\tat "), "no stack trace expected:\n" + output);
    }

    private static String javaBin() throws IOException {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
