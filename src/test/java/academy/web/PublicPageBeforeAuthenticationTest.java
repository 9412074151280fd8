package academy.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import academy.FixtureContentProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;

/**
 * Kept pages answered ahead of authentication (as in production): the same bytes and the same headers as the page
 * the normal way answered (security headers, ETag, caching, no cookie), 304 and gzip as before; a request with any
 * credentials (an Authorization header, a session cookie) never gets a kept page from there.
 */
@QuarkusTest
@TestProfile(PublicPageBeforeAuthenticationTest.Early.class)
class PublicPageBeforeAuthenticationTest {

    public static class Early extends FixtureContentProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("academy.public-page-cache.before-authentication", "true");
            return config;
        }
    }

    static final String LESSON = "/courses/demo/01-basics/second";

    static final List<String> HEADERS = List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
            "Referrer-Policy", "ETag", "Cache-Control", "Vary", "Content-Language", "Content-Type");

    private static Response get(String... headers) {
        var spec = given().config(io.restassured.RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Language", "zh-CN");
        for (int i = 0; i < headers.length; i += 2) {
            spec = spec.header(headers[i], headers[i + 1]);
        }
        return spec.get(LESSON);
    }

    @Test
    void theKeptPageHasTheBytesAndHeadersOfTheRenderedOne() throws Exception {
        Response rendered = get();
        Response kept = get();
        rendered.then().statusCode(200).header("Set-Cookie", nullValue());
        kept.then().statusCode(200).header("Set-Cookie", nullValue()).body(containsString("id=\"login\""));
        for (String h : HEADERS) {
            assertTrue(rendered.getHeader(h) != null, h + " on the rendered page");
            assertEquals(rendered.getHeaders().getValues(h), kept.getHeaders().getValues(h), h);
        }
        assertEquals(rendered.asString(), kept.asString());
        String etag = kept.getHeader("ETag");
        get("If-None-Match", etag).then().statusCode(304).header("ETag", etag).header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'self'")).body(emptyString());
        Response zipped = get("Accept-Encoding", "gzip");
        zipped.then().statusCode(200).header("Content-Encoding", "gzip").header("X-Frame-Options", "DENY");
        assertEquals(kept.asString(), new String(new GZIPInputStream(new ByteArrayInputStream(zipped.asByteArray())).readAllBytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void credentialsNeverGetAKeptPage() {
        get();
        get().then().statusCode(200).header("ETag", containsString("\""));
        // with credentials the request goes the normal way (here the OIDC tenant is off, so it renders as anonymous)
        get("Authorization", "Bearer not-a-token").then().statusCode(200).header("ETag", nullValue());
        get("Cookie", "q_session=whatever").then().statusCode(200).header("ETag", nullValue());
    }
}
