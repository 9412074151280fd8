package academy.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The packaged application carries no dev tooling: no launcher classes, no demo client secret or admin password. */
class ProductionArtifactIT {

    @Test
    void theApplicationJarHasNoDevTooling() throws IOException {
        Path app = Path.of("target/quarkus-app");
        assertTrue(Files.isDirectory(app), "package the app first");
        List<String> found = new ArrayList<>();
        int jars = 0;
        try (Stream<Path> files = Files.walk(app)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                boolean ours = jar.getFileName().toString().contains("kube-internals-academy") || jar.startsWith(app.resolve("app"));
                if (!ours) {
                    continue;
                }
                jars++;
                try (JarFile j = new JarFile(jar.toFile())) {
                    for (JarEntry e : java.util.Collections.list(j.entries())) {
                        if (e.getName().startsWith("academy/devtools/")) {
                            found.add(jar.getFileName() + "!" + e.getName());
                        }
                        if (!e.isDirectory() && e.getName().startsWith("academy/")) {
                            try (InputStream in = j.getInputStream(e)) {
                                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                                if (text.contains(KeycloakServer.DEV_CLIENT_SECRET) || text.contains("KC_BOOTSTRAP_ADMIN_PASSWORD")) {
                                    found.add(jar.getFileName() + "!" + e.getName() + " (demo secret)");
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(jars > 0, "the application jar was found under " + app);
        assertEquals(List.of(), found);
        assertFalse(Files.exists(Path.of("target/classes/academy/devtools")), "dev tooling is not compiled into the main classes");
    }
}
