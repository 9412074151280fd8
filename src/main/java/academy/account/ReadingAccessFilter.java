package academy.account;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@code academy.public-reading=false} (company onboarding): every page but the home page, sign-in and
 * the language switch needs a signed-in user. Health and metrics are not JAX-RS resources and stay open.
 */
public class ReadingAccessFilter {

    static final Set<String> OPEN = Set.of("/", "/login", "/login/start", "/logout", "/signed-out", "/lang");

    @ConfigProperty(name = "academy.public-reading", defaultValue = "true")
    boolean publicReading;

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    @ServerRequestFilter
    public Optional<Response> requireSignInWhenPrivate(ContainerRequestContext context) {
        if (publicReading || !identity.isAnonymous()) {
            return Optional.empty();
        }
        String path = "/" + context.getUriInfo().getPath().replaceFirst("^/+", "");
        if (OPEN.contains(path) || path.startsWith("/lang/")) {
            return Optional.empty();
        }
        return Optional.of(SignInRequiredMapper.answer(path, request.uri()));
    }
}
