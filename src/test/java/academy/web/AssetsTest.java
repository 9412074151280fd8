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
    void pagesLinkTheFingerprintedFiles() {
        String page = given().get("/courses/demo").then().statusCode(200).extract().asString();
        assertTrue(page.contains(assets.url("/static/app.css")), "the stylesheet link carries the fingerprint");
        assertTrue(page.contains(assets.url("/webjars/picocss__pico/css/pico.min.css")));
    }
}
