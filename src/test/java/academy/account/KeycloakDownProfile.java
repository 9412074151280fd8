package academy.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import academy.FixtureContentProfile;

/** The OIDC tenant enabled, pointing at a loopback port where nothing listens: Keycloak is down. */
public class KeycloakDownProfile extends FixtureContentProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = super.getConfigOverrides();
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("quarkus.oidc.auth-server-url", "http://127.0.0.1:" + closedPort() + "/realms/academy");
        config.put("quarkus.oidc.credentials.secret", "unused-while-keycloak-is-down");
        return config;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
