package academy.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import academy.FixtureContentProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;

/**
 * Anonymous reading pages from memory: the same bytes as the rendered page, with a strong ETag (304 on a
 * match), gzip when asked, per language, with the security headers and no cookie; and never to a signed-in
 * reader, never for other methods, paths or query parameters.
 */
@QuarkusTest
@TestProfile(FixtureContentProfile.class)
class PublicPageCacheTest {

    static final String LESSON = "/courses/demo/01-basics/first";

    private static Response get(String url, String lang) {
        return given().config(io.restassured.RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Language", lang).header("Accept-Encoding", "identity").get(url);
    }

    @Test
    void aSecondAnonymousViewIsTheSameBytesWithAnETagAndNoCookie() {
        Response first = get(LESSON, "zh-CN");
        Response second = get(LESSON, "zh-CN");
        for (Response r : new Response[] { first, second }) {
            r.then().statusCode(200).contentType(containsString("text/html"))
                    .header("Set-Cookie", nullValue())
                    .header("Cache-Control", "no-cache")
                    .header("Content-Language", "zh-CN")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("X-Content-Type-Options", "nosniff");
            assertTrue(r.getHeader("Vary").contains("Accept-Language") || r.getHeaders().getValues("Vary").toString().contains("Cookie"));
        }
        String etag = first.getHeader("ETag");
        assertTrue(etag != null && etag.matches("\"[0-9a-f]{32}\""), "a strong ETag: " + etag);
        assertEquals(etag, second.getHeader("ETag"));
        assertEquals(first.asString(), second.asString());
        assertTrue(second.asString().contains("id=\"login\""), "the anonymous page");

        // revalidation: 304, no body, same validator
        given().header("Accept-Language", "zh-CN").header("If-None-Match", etag).get(LESSON).then().statusCode(304)
                .header("ETag", etag).body(emptyString());
        given().header("Accept-Language", "zh-CN").header("If-None-Match", "\"other\", " + etag).get(LESSON).then().statusCode(304);
        given().header("Accept-Language", "zh-CN").header("If-None-Match", "\"other\"").get(LESSON).then().statusCode(200);
        // HEAD: the headers only
        given().header("Accept-Language", "zh-CN").head(LESSON).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void gzipWhenAskedAndEachLanguageItsOwnPage() throws Exception {
        String plain = get(LESSON, "zh-CN").asString();
        plain = get(LESSON, "zh-CN").asString();
        Response zipped = given().config(io.restassured.RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Language", "zh-CN").header("Accept-Encoding", "gzip").get(LESSON);
        zipped.then().statusCode(200).header("Content-Encoding", "gzip");
        byte[] body = zipped.asByteArray();
        String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(plain, unzipped);
        assertTrue(body.length < plain.getBytes(StandardCharsets.UTF_8).length / 2, "compressed: " + body.length);
        given().header("Accept-Language", "zh-CN").header("Accept-Encoding", "gzip;q=0").get(LESSON).then()
                .header("Content-Encoding", not(equalTo("gzip")));

        Response en = get(LESSON, "en");
        en = get(LESSON, "en");
        en.then().statusCode(200).header("Content-Language", "en").body(containsString("Log in"));
        assertNotEquals(get(LESSON, "zh-CN").getHeader("ETag"), en.getHeader("ETag"));
        given().cookie("academy_lang", "en").header("Accept-Language", "zh-CN").get(LESSON).then()
                .header("ETag", en.getHeader("ETag")).body(containsString("Log in"));
    }

    @Test
    @TestSecurity(user = "cache-reader", roles = "learner")
    void aSignedInReaderNeverGetsTheKeptPage() {
        get(LESSON, "zh-CN"); // may fill the cache for anonymous readers in another test
        given().header("Accept-Language", "zh-CN").get(LESSON).then().statusCode(200)
                .header("ETag", nullValue())
                .body(containsString("id=\"mark-complete\""))
                .body(not(containsString("id=\"login\"")));
    }

    @Test
    void otherQueriesAndUnknownPagesGoTheNormalWay() {
        get(LESSON + "?path=beginner", "zh-CN").then().statusCode(200);
        get(LESSON + "?path=beginner", "zh-CN").then().statusCode(200).header("ETag", containsString("\""));
        get(LESSON + "?x=1", "zh-CN").then().statusCode(200).header("ETag", nullValue());
        get("/courses/demo/01-basics/nothing-here", "zh-CN").then().statusCode(404).header("ETag", nullValue());
        get("/courses/demo/01-basics/nothing-here", "zh-CN").then().statusCode(404);
    }
}
