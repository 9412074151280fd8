package academy.web;

import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The gate every state-changing request passes before any resource runs. A request may change
 * state only if it is
 * <ul>
 * <li>a bearer-token API call (a browser cannot attach that header cross-origin without a CORS
 * preflight, which this app never grants), or</li>
 * <li>a form post, whose token quarkus-rest-csrf then checks against the cookie, or</li>
 * <li>any other body with the CSRF token in the {@code X-CSRF-TOKEN} header, matching the cookie,</li>
 * <li>or sent without a session cookie at all (nothing ambient to abuse; it is then simply anonymous).</li>
 * </ul>
 * Whatever the kind, a browser that says the request comes from another origin (Sec-Fetch-Site,
 * Origin) is refused: "same-site" pages on another port or a sibling subdomain included. A missing
 * or malformed Content-Type is a client error, never a 500.
 */
public class RequestGuard {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    HttpServerRequest request;

    @Inject
    Ui ui;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String csrfCookie;

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String csrfHeader;

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Response guard(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod())) {
            return null;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return refuse(403, "Forbidden", ui.msg().cross_site_refused(origin == null ? fetchSite : shorten(origin)));
        }
        if (origin != null && !sameOrigin(origin)) {
            return refuse(403, "Forbidden", ui.msg().cross_site_refused(shorten(origin)));
        }
        String contentType = request.getHeader("Content-Type");
        MediaType type = null;
        if (contentType != null) {
            try {
                type = contentType.isBlank() ? null : MediaType.valueOf(contentType);
            } catch (IllegalArgumentException e) {
                type = null;
            }
            if (type == null) {
                return refuse(415, "Unsupported Media Type", ui.msg().content_type_invalid(
                        contentType.isBlank() ? "(empty)" : shorten(contentType)));
            }
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        if (!ResponseHardening.hasSessionCookie(request)) {
            return null; // no ambient credentials to abuse; forms still carry their token (quarkus-rest-csrf)
        }
        if (type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return null; // quarkus-rest-csrf verifies the form field against the cookie
        }
        if (headerTokenMatches()) {
            return null;
        }
        return refuse(403, "Forbidden", ui.msg().csrf_missing());
    }

    /**
     * quarkus-rest-csrf answers a form without a valid token with a bare 400; give it the page (or
     * problem details) that says what is wrong, in the user's language.
     */
    @ServerResponseFilter
    public void explainCsrfRejection(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && !SAFE.contains(request.getMethod())) {
            Response page = refuse(400, "Bad Request", ui.msg().csrf_missing());
            response.setEntity(page.getEntity(), null, page.getMediaType());
        }
    }

    private boolean headerTokenMatches() {
        String header = request.getHeader(csrfHeader);
        Cookie cookie = request.getCookie(csrfCookie);
        if (header == null || cookie == null || cookie.getValue().isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), cookie.getValue().getBytes(StandardCharsets.UTF_8));
    }

    /** The Origin's host and port against the Host the request was sent to ("null" never matches). */
    private boolean sameOrigin(String origin) {
        String host = request.getHeader("Host");
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            return authority(uri.getHost(), port).equals(normalizeHost(host, uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalizeHost(String host, String scheme) {
        String h = host.toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > 0 && h.indexOf(']') < colon) {
            return h;
        }
        return h + ":" + (scheme.equalsIgnoreCase("https") ? 443 : 80);
    }

    private static String authority(String host, int port) {
        return host.toLowerCase(Locale.ROOT) + ":" + port;
    }

    private Response refuse(int status, String title, String detail) {
        if (request.path().startsWith("/api/")) {
            return ErrorPages.problem(status, title, detail);
        }
        return ErrorPages.page(status, ErrorPages.Templates.badRequest(detail), ui);
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
