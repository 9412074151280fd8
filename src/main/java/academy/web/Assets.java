package academy.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Fingerprinted browser assets. Templates link {@code /static/…} and {@code /webjars/…} files through
 * {@code inject:assets.url('/static/app.css')}, which appends {@code ?v=} and the first 12 hex digits of the
 * SHA-256 of the file's bytes (our files from {@code META-INF/resources}, webjar files from their jar). A request
 * whose {@code v} is the file's current fingerprint is answered {@code Cache-Control: public, max-age=31536000,
 * immutable} — the browser never asks again, and a changed file gets a new URL; any other request for an
 * asset gets {@code no-cache} (revalidated through Last-Modified), never a stale file after an upgrade.
 * <p>
 * A request with the current fingerprint is answered from memory: the file's bytes, read from the class path on
 * its first request, kept as a direct buffer (and, for text, gzip-compressed once at the best level), with the
 * fingerprint as a strong {@code ETag} ({@code If-None-Match} → 304). Only fingerprinted URLs are kept, and only
 * templates make those, so what is kept is bounded by the assets the pages link. Everything else goes to Quarkus's
 * static file handler as before.
 */
@ApplicationScoped
@Named("assets")
public class Assets {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    /**
     * The served CJK font's unicode-range parts, linked from font.css by plain URL: kept a day without
     * revalidation (with no-cache, Chromium drew some characters of a page as boxes).
     */
    static final String FONT_PARTS = "/static/fonts/noto-sans-sc/noto-sans-sc-";
    static final String FONT_POLICY = "public, max-age=86400";
    private static final String DONE = "academy.asset-policy";

    /** Largest file kept in memory; a bigger one is served from the class path by the static file handler. */
    static final int MAX_KEPT_BYTES = 8 * 1024 * 1024;

    private final Map<String, Optional<String>> fingerprints = new ConcurrentHashMap<>();
    private final Map<String, Optional<Kept>> kept = new ConcurrentHashMap<>();

    /** A fingerprinted file in memory: never-released read-only direct buffers; {@code gzip} null when it does not pay. */
    record Kept(String etag, String contentType, io.netty.buffer.ByteBuf plain, io.netty.buffer.ByteBuf gzip) {
    }

    @jakarta.inject.Inject
    ResponseHardening hardening;

    /** The asset's URL with its fingerprint; the plain path when the file is unknown. */
    public String url(String path) {
        return fingerprint(path).map(v -> path + "?v=" + v).orElse(path);
    }

    Optional<String> fingerprint(String path) {
        return fingerprints.computeIfAbsent(path, Assets::compute);
    }

    void register(@Observes Router router) {
        // a public file needs no identity: answered ahead of authentication (-200), after the filters
        router.route().order(PublicPageCache.EARLY_ROUTE_ORDER + 5).handler(this::early);
        // ahead of the webjar locator (order 1) and the static files (10000), after the page cache (-90)
        router.route().order(-80).handler(this::policy);
    }

    /** A request for a file's current fingerprint, answered from memory; anything else goes on. */
    void early(RoutingContext rc) {
        String path = rc.request().path();
        if (path != null && (path.startsWith("/static/") || path.startsWith("/webjars/"))) {
            String v = rc.request().getParam("v");
            if (v != null && fingerprint(path).filter(v::equals).isPresent() && answerFromMemory(rc, path)) {
                return;
            }
        }
        rc.next();
    }

    void policy(RoutingContext rc) {
        String path = rc.request().path();
        String policy = rc.get(DONE);
        if (policy == null && path != null && (path.startsWith("/static/") || path.startsWith("/webjars/"))) {
            String v = rc.request().getParam("v");
            policy = v != null && fingerprint(path).filter(v::equals).isPresent() ? IMMUTABLE
                    : path.startsWith(FONT_PARTS) ? FONT_POLICY : REVALIDATE;
            rc.put(DONE, policy);
        }
        if (policy != null) {
            // at the very end, over what the static file handler set; the webjar locator reroutes to the
            // versioned path (a new pass through the routes that drops earlier end handlers): add it again
            String chosen = policy;
            rc.addHeadersEndHandler(x -> {
                if (rc.response().getStatusCode() < 400) {
                    rc.response().headers().set(HttpHeaders.CACHE_CONTROL, chosen);
                }
            });
        }
        rc.next();
    }

    /** Answers a request for the file's current fingerprint from memory; false when the file is not kept. */
    boolean answerFromMemory(RoutingContext rc, String path) {
        io.vertx.core.http.HttpServerRequest request = rc.request();
        if (request.method() != io.vertx.core.http.HttpMethod.GET && request.method() != io.vertx.core.http.HttpMethod.HEAD) {
            return false;
        }
        Kept file = kept.computeIfAbsent(path, this::load).orElse(null);
        if (file == null) {
            return false;
        }
        io.vertx.core.http.HttpServerResponse response = rc.response();
        hardening.securityHeaders().forEach(response.headers()::set);
        response.headers().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE).set(HttpHeaders.ETAG, file.etag());
        if (file.gzip() != null) {
            response.headers().set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        if (PublicPageCache.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), file.etag())) {
            response.setStatusCode(304).end();
            return true;
        }
        boolean gzip = file.gzip() != null && PublicPageCache.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        io.netty.buffer.ByteBuf body = gzip ? file.gzip() : file.plain();
        response.headers().set(HttpHeaders.CONTENT_TYPE, file.contentType())
                // "identity" tells Vert.x's own compression to leave a body alone
                .set(HttpHeaders.CONTENT_ENCODING, gzip ? "gzip" : HttpHeaders.IDENTITY.toString())
                .set(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.readableBytes()));
        if (request.method() == io.vertx.core.http.HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(io.vertx.core.buffer.Buffer.buffer(body.duplicate()));
        }
        return true;
    }

    /** Reads a fingerprinted file into memory (empty when it is missing or too big to keep). */
    Optional<Kept> load(String path) {
        String resource = resourceOf(path);
        Optional<String> fingerprint = fingerprint(path); // already computed for the request's check: not hashed again
        if (resource == null || fingerprint.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            bytes = in.readNBytes(MAX_KEPT_BYTES + 1);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (bytes.length > MAX_KEPT_BYTES) {
            return Optional.empty();
        }
        String type = io.vertx.core.http.impl.MimeMapping.getMimeTypeForFilename(path);
        if (type == null) {
            type = "application/octet-stream";
        }
        boolean text = type.startsWith("text/") || type.endsWith("javascript") || type.endsWith("json") || type.endsWith("+xml");
        if (text) {
            type += ";charset=UTF-8";
        }
        byte[] gzip = text && bytes.length > 256 ? PublicPageCache.gzip(bytes) : null;
        return Optional.of(new Kept("\"" + fingerprint.get() + "\"", type, PublicPageCache.Page.direct(bytes),
                gzip != null && gzip.length < bytes.length * 0.9 ? PublicPageCache.Page.direct(gzip) : null));
    }

    static Optional<String> compute(String path) {
        if (path == null || path.contains("..") || path.contains("?")) {
            return Optional.empty();
        }
        String resource = resourceOf(path);
        if (resource == null) {
            return Optional.empty();
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                sha.update(buffer, 0, n);
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest(), 0, 6));
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    /** Where the file lies on the class path: {@code /webjars/<name>/<file>} through the webjar's version. */
    static String resourceOf(String path) {
        if (path.startsWith("/static/")) {
            return "META-INF/resources" + path;
        }
        if (path.startsWith("/webjars/")) {
            String rest = path.substring("/webjars/".length());
            int slash = rest.indexOf('/');
            if (slash <= 0) {
                return null;
            }
            String name = rest.substring(0, slash);
            String version = webjarVersion(name);
            return version == null ? null : "META-INF/resources/webjars/" + name + "/" + version + rest.substring(slash);
        }
        return null;
    }

    static String webjarVersion(String name) {
        for (String group : new String[] { "org.webjars.npm", "org.webjars", "org.mvnpm" }) {
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("META-INF/maven/" + group + "/" + name + "/pom.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    return p.getProperty("version");
                }
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }
}
