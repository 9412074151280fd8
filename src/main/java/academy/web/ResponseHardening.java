package academy.web;

import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Response rules that hold for every route, JAX-RS or not, installed as a Vert.x filter ahead of
 * all handlers:
 * <ul>
 * <li>personal pages ({@code /me}, the learner's API, attempts) are never stored by any cache;
 * other responses to a signed-in browser are private;</li>
 * <li>the CSRF cookie is {@code SameSite=Lax} (quarkus-rest-csrf sets none);</li>
 * <li>an overlong URL gets a 414 that carries the site's security headers.</li>
 * </ul>
 */
@ApplicationScoped
public class ResponseHardening {

    /** Longest accepted request target; Vert.x itself is allowed more so that this rule answers first. */
    static final int MAX_URI = 8192;

    private final Map<String, String> securityHeaders = new TreeMap<>();
    private final String csrfCookie;

    public ResponseHardening() {
        Config config = ConfigProvider.getConfig();
        csrfCookie = config.getOptionalValue("quarkus.rest-csrf.cookie-name", String.class).orElse("csrf-token");
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("quarkus.http.header.") && name.endsWith(".value")) {
                String header = name.substring("quarkus.http.header.".length(), name.length() - ".value".length()).replace("\"", "");
                config.getOptionalValue(name, String.class).ifPresent(v -> securityHeaders.put(header, v));
            }
        }
    }

    /** The site's security headers ({@code quarkus.http.header.*}), for responses answered by our own filters. */
    Map<String, String> securityHeaders() {
        return securityHeaders;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 1000);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.uri().length() > MAX_URI) {
            HttpServerResponse response = rc.response().setStatusCode(414);
            securityHeaders.forEach(response::putHeader);
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8");
            response.end("414 URI too long: at most " + MAX_URI + " characters / 网址过长：最多 " + MAX_URI + " 个字符\n");
            return;
        }
        String path = request.path();
        boolean personal = isPersonal(path);
        boolean signedIn = hasSessionCookie(request);
        rc.addHeadersEndHandler(v -> {
            HttpServerResponse response = rc.response();
            if (personal) {
                response.headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                if (path.startsWith("/live/") && path.endsWith("/events")) {
                    response.headers().set("X-Accel-Buffering", "no"); // nginx: pass server-sent events through at once
                }
            } else if (signedIn && !response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
                response.headers().set(HttpHeaders.CACHE_CONTROL, "private, no-cache");
            }
            // cookies added through the response's cookie jar are encoded after this handler
            for (io.vertx.core.http.Cookie c : request.cookies(csrfCookie)) {
                if (c.getSameSite() == null) {
                    c.setSameSite(io.vertx.core.http.CookieSameSite.LAX);
                }
            }
        });
        rc.next();
    }

    /** The learner's own data: dashboards, attempts, results, the learner API. */
    static boolean isPersonal(String path) {
        return path == null || path.equals("/me") || path.startsWith("/me/") || path.startsWith("/api/me")
                || (path.startsWith("/api/quizzes/") && path.endsWith("/attempts")) || path.startsWith("/login")
                || path.startsWith("/cohorts") || path.startsWith("/api/cohorts")
                || path.equals("/live") || path.startsWith("/live/") || path.startsWith("/api/live")
                || path.startsWith("/quizzes/") || (path.startsWith("/api/quizzes/") && path.endsWith("/statistics"))
                || (path.startsWith("/courses/") && path.endsWith("/weak-sections"));
    }

    /** Whether the browser sends a Quarkus OIDC session cookie (signed in, or was). */
    static boolean hasSessionCookie(HttpServerRequest request) {
        String cookie = request.getHeader(HttpHeaders.COOKIE);
        return cookie != null && cookie.contains("q_session");
    }
}
