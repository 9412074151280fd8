package academy.account;

import java.nio.file.Path;
import java.util.Map;

import academy.devtools.KeycloakServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real Keycloak for login tests, through the same launcher as {@code ./mvnw -Prun}: fetched from
 * Maven Central, started on 8180 with the realm imported (or reused if already running), stopped after.
 */
public class RealKeycloak implements QuarkusTestResourceLifecycleManager {

    private KeycloakServer server;

    @Override
    public Map<String, String> start() {
        server = KeycloakServer.ensureRunning(Path.of("").toAbsolutePath(), System.out);
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", KeycloakServer.REALM_URL,
                "quarkus.oidc.client-id", KeycloakServer.CLIENT_ID,
                "quarkus.oidc.credentials.secret", KeycloakServer.DEV_CLIENT_SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
