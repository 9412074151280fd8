package academy.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Reading pages for anonymous readers, served from memory. The course is immutable content loaded once,
 * and an anonymous reader's page depends only on its path, the {@code path} query parameter and the UI
 * language; so the first anonymous request for a page renders it through the normal resource, and
 * {@link PublicPageStore} keeps the bytes (plain and gzip) with a strong ETag. Later anonymous requests are
 * answered here, a Vert.x route right after authentication and ahead of JAX-RS and Qute: 200 with the kept
 * bytes (gzip when accepted), or 304 when {@code If-None-Match} matches.
 * <p>
 * What never comes from here: a request with a session cookie or an {@code Authorization} header (signed-in
 * pages carry personal data and forms with the visitor's CSRF token); any method but GET and HEAD; other
 * paths or query parameters; anything while reading needs sign-in ({@code academy.public-reading=false}).
 * A page whose HTML holds a CSRF field is never kept (see {@link PublicPageStore}).
 */
@ApplicationScoped
public class PublicPageCache {

    /** Routing-context key: set on a miss, so that the response filter keeps what the resource rendered. */
    static final String MISS = "academy.public-page-miss";

    /** Routing-context key: set when the response to a miss was kept. */
    static final String KEPT = "academy.public-page-kept";

    record Key(String path, String pathParam, String lang) {
    }

    /**
     * A kept page. The bodies are kept only as direct, never-released Netty buffers (no second copy on the heap),
     * so each answer writes a duplicate (shared bytes, own indexes) instead of copying 50 KB into a new buffer.
     */
    record Page(String etag, String contentLanguage, io.netty.buffer.ByteBuf plainBuf, io.netty.buffer.ByteBuf gzipBuf) {

        Page(byte[] plain, byte[] gzip, String etag, String contentLanguage) {
            this(etag, contentLanguage, direct(plain), direct(gzip));
        }

        /** A never-released, read-only direct buffer holding the bytes (also used for kept assets). */
        static io.netty.buffer.ByteBuf direct(byte[] bytes) {
            return io.netty.buffer.Unpooled.unreleasableBuffer(
                    io.netty.buffer.Unpooled.directBuffer(bytes.length).writeBytes(bytes).asReadOnly());
        }
    }

    @Inject
    @CacheName("public-pages")
    Cache cache;

    @Inject
    ResponseHardening hardening;

    @ConfigProperty(name = "academy.public-reading", defaultValue = "true")
    boolean publicReading;

    @ConfigProperty(name = "academy.public-page-cache.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String csrfCookie;

    /**
     * Whether a request that carries no credentials at all is answered from memory before authentication. This
     * app's only credentials are an {@code Authorization} header and the OIDC session cookie, both of which keep a
     * request off this path; switch it off if another mechanism (or a permission on reading paths) is added, and in
     * tests, where {@code @TestSecurity} signs requests in without either.
     */
    @ConfigProperty(name = "academy.public-page-cache.before-authentication", defaultValue = "true")
    boolean beforeAuthentication;

    /**
     * Routed after authentication (order -200) and HTTP permission checks (-100), before everything else: the
     * identity is known by then, and only an anonymous one is served from memory.
     */
    static final int ROUTE_ORDER = -90;

    /**
     * Ahead of authentication (-200), after the filters ({@link ResponseHardening} at -1000): a request with no
     * credentials is anonymous whatever the authentication handler would find, so it need not pass through it
     * (nor through OIDC's look for a token, the security identity and the permission checks).
     */
    static final int EARLY_ROUTE_ORDER = -210;

    void register(@Observes Router router) {
        if (beforeAuthentication) {
            router.route().order(EARLY_ROUTE_ORDER).handler(this::serveKept);
        }
        router.route().order(ROUTE_ORDER).handler(this::serve);
    }

    /** Before authentication: a kept page for a request without credentials, otherwise on to the next handler. */
    void serveKept(RoutingContext rc) {
        Key key = enabled && publicReading ? keyOf(rc.request()) : null;
        Page page = key == null ? null : kept(key);
        if (page == null) {
            rc.next();
            return;
        }
        answer(rc, page);
    }

    void serve(RoutingContext rc) {
        Key key = enabled && publicReading && anonymous(rc) ? keyOf(rc.request()) : null;
        if (key == null) {
            rc.next();
            return;
        }
        Page page = kept(key);
        if (page == null) {
            rc.put(MISS, key);
            // the CSRF filter gives every GET a token cookie; a kept page has no form that needs it
            rc.addHeadersEndHandler(v -> {
                if (rc.get(KEPT) != null) {
                    rc.response().removeCookie(csrfCookie, false);
                }
            });
            rc.next();
            return;
        }
        answer(rc, page);
    }

    private void answer(RoutingContext rc, Page page) {
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response();
        hardening.securityHeaders().forEach(response.headers()::set);
        headers(response.headers(), page);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        io.netty.buffer.ByteBuf shared = gzip ? page.gzipBuf() : page.plainBuf();
        response.headers().set(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
        if (gzip) {
            response.headers().set(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            // tells Vert.x's own compression to leave the body alone
            response.headers().set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        }
        response.headers().set(HttpHeaders.CONTENT_LENGTH, String.valueOf(shared.readableBytes()));
        if (request.method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(Buffer.buffer(shared.duplicate()));
        }
    }

    /** Whether authentication found nobody: no user, or Quarkus's user holding the anonymous identity. */
    static boolean anonymous(RoutingContext rc) {
        return rc.user() == null
                || rc.user() instanceof io.quarkus.vertx.http.runtime.security.QuarkusHttpUser u && u.getSecurityIdentity().isAnonymous();
    }

    /** The headers every kept page answers with, on a hit, a 304 and the miss that kept it. */
    static void headers(io.vertx.core.MultiMap headers, Page page) {
        headers.set(HttpHeaders.ETAG, page.etag());
        headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
        headers.set(HttpHeaders.VARY, "Accept-Encoding, Accept-Language, Cookie");
        headers.set("Content-Language", page.contentLanguage());
    }

    /** The cache key of an anonymous reading request, or null when it must go the normal way. */
    static Key keyOf(HttpServerRequest request) {
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
            return null;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || ResponseHardening.hasSessionCookie(request)) {
            return null;
        }
        String path = request.path();
        if (path == null || !(path.equals("/") || path.startsWith("/courses/")) || path.length() > 200 || path.contains("//")) {
            return null;
        }
        String pathParam = null;
        String query = request.query();
        if (query != null && !query.isEmpty()) {
            // only ?path=<id> (the learning path a lesson is read in); anything else is rendered as usual
            if (!query.startsWith("path=") || query.indexOf('&') >= 0 || query.length() > 60) {
                return null;
            }
            pathParam = query.substring("path=".length());
            if (!pathParam.matches("[a-z0-9-]{1,50}")) {
                return null;
            }
        }
        return new Key(path, pathParam, Ui.languageOf(request));
    }

    Page kept(Key key) {
        CompletableFuture<Object> f = cache.as(CaffeineCache.class).getIfPresent(key);
        return f == null ? null : (Page) f.getNow(null);
    }

    Page keep(Key key, String html) {
        byte[] plain = html.getBytes(StandardCharsets.UTF_8);
        Page page = new Page(plain, gzip(plain), etag(plain), "en".equals(key.lang()) ? "en" : "zh-CN");
        cache.as(CaffeineCache.class).put(key, CompletableFuture.completedFuture(page));
        return page;
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            List<String> p = List.of(part.strip().split(";"));
            if (p.get(0).strip().equalsIgnoreCase("gzip")) {
                return p.size() < 2 || !p.get(1).replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    static String etag(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] plain) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            z.write(plain);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

}
