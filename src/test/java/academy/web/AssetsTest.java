package academy.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import academy.FixtureContentProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Fingerprinted assets are cached for a year; anything else about an asset is revalidated. */
@QuarkusTest
@TestProfile(FixtureContentProfile.class)
class AssetsTest {

    @Inject
    Assets assets;

    @Test
    void theCurrentFingerprintIsImmutableAnythingElseRevalidates() {
        String css = assets.url("/static/app.css");
        assertTrue(css.matches("/static/app\\.css\\?v=[0-9a-f]{12}"), css);
        given().get(css).then().statusCode(200).header("Cache-Control", Assets.IMMUTABLE).body(containsString("{"));
        given().get("/static/app.css").then().statusCode(200).header("Cache-Control", Assets.REVALIDATE);
        given().get("/static/app.css?v=000000000000").then().statusCode(200).header("Cache-Control", Assets.REVALIDATE);

        String mermaid = assets.url("/webjars/mermaid/dist/mermaid.min.js");
        assertTrue(mermaid.matches("/webjars/mermaid/dist/mermaid\\.min\\.js\\?v=[0-9a-f]{12}"), mermaid);
        given().get(mermaid).then().statusCode(200).header("Cache-Control", Assets.IMMUTABLE);
        given().get("/webjars/mermaid/dist/mermaid.min.js").then().statusCode(200).header("Cache-Control", Assets.REVALIDATE);

        assertEquals("/static/nothing.css", assets.url("/static/nothing.css"), "an unknown file keeps its plain path");
        given().get("/static/nothing.css?v=1").then().statusCode(404);
    }

    @Test
    void aFingerprintedFileIsAnsweredFromMemoryWithTheSameBytes() throws Exception {
        String css = assets.url("/static/app.css");
        byte[] fromDisk = given().get("/static/app.css").then().statusCode(200).extract().asByteArray();
        // without RestAssured's own Accept-Encoding (gzip, deflate) and its decoding
        io.restassured.config.RestAssuredConfig raw = io.restassured.RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
        io.restassured.response.Response plain = given().config(raw).get(css);
        plain.then().statusCode(200).header("Content-Type", "text/css;charset=UTF-8")
                .header("Content-Length", String.valueOf(fromDisk.length))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", Assets.IMMUTABLE);
        org.junit.jupiter.api.Assertions.assertArrayEquals(fromDisk, plain.asByteArray(), "the kept bytes are the file's bytes");
        String etag = plain.header("ETag");
        assertEquals("\"" + css.substring(css.indexOf("?v=") + 3) + "\"", etag, "the fingerprint is the ETag");

        // pre-compressed once: the body is gzip of exactly the file's bytes
        byte[] zipped = given().config(raw).header("Accept-Encoding", "gzip").get(css).then().statusCode(200)
                .header("Content-Encoding", "gzip").header("Vary", org.hamcrest.Matchers.equalToIgnoringCase("Accept-Encoding"))
                .extract().asByteArray();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped))) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(fromDisk, in.readAllBytes());
        }
        assertTrue(zipped.length < fromDisk.length / 2, "compressed: " + zipped.length + " of " + fromDisk.length);

        given().header("If-None-Match", etag).get(css).then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", "\"000000000000\"").get(css).then().statusCode(200);
        given().config(raw).head(css).then().statusCode(200).header("Content-Length", String.valueOf(fromDisk.length));
        // an image is kept too; other methods never come from memory
        String svg = assets.url("/static/favicon.svg");
        given().get(svg).then().statusCode(200).header("Content-Type", containsString("image/svg+xml"));
        given().contentType("text/plain").body("x").post(css).then().statusCode(org.hamcrest.Matchers.not(200));
    }

    @Test
    void pagesLinkTheFingerprintedFiles() {
        String page = given().get("/courses/demo").then().statusCode(200).extract().asString();
        assertTrue(page.contains(assets.url("/static/app.css")), "the stylesheet link carries the fingerprint");
        assertTrue(page.contains(assets.url("/webjars/picocss__pico/css/pico.min.css")));
    }
}
