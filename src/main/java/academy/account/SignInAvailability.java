package academy.account;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;

/**
 * Whether Keycloak answers right now. The login page asks before sending anyone there, so a
 * Keycloak outage shows a clear page at once instead of a hung or failed redirect. Answers are
 * remembered for a few seconds so a crowd at the login button does not hammer a struggling server.
 */
@ApplicationScoped
public class SignInAvailability {

    private static final Duration CACHE = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true")
    boolean tenantEnabled;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url", defaultValue = "")
    String authServerUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private volatile boolean lastAnswer;
    private volatile long answeredAt = Long.MIN_VALUE;

    public boolean available() {
        if (!tenantEnabled || authServerUrl.isBlank()) {
            return false;
        }
        long now = System.nanoTime();
        if (answeredAt != Long.MIN_VALUE && now - answeredAt < CACHE.toNanos()) {
            return lastAnswer;
        }
        boolean answer = probe();
        lastAnswer = answer;
        answeredAt = now;
        return answer;
    }

    private boolean probe() {
        URI discovery = URI.create(authServerUrl.replaceFirst("/+$", "") + "/.well-known/openid-configuration");
        try {
            int status = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                Log.warnf("Sign-in unavailable: %s answered %d", discovery, status);
            }
            return status == 200;
        } catch (IOException e) {
            Log.warnf("Sign-in unavailable: %s unreachable (%s)", discovery, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
