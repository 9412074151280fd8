package academy.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** /glossary, first-use term links with their cards in lessons, and synonyms in search, over the demo glossary. */
@QuarkusTest
@TestProfile(GlossaryProfile.class)
class GlossaryPagesTest {

    static String html(String url) {
        return given().header("Accept-Language", "zh-CN").when().get(url).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
    }

    @Test
    void glossaryListsEveryTermGroupedByModule() {
        String page = html("/glossary");
        assertTrue(page.contains("<h1>术语表</h1>"), page);
        assertTrue(page.contains("2 个术语"), page);
        int basics = page.indexOf("data-module=\"01-basics\"");
        int advanced = page.indexOf("data-module=\"02-advanced\"");
        int scheduler = page.indexOf("<dt id=\"scheduler\">");
        int informer = page.indexOf("<dt id=\"informer\">");
        assertTrue(basics > 0 && basics < scheduler && scheduler < advanced && advanced < informer, page);
        assertTrue(page.contains("<strong lang=\"zh-CN\">调度器</strong> · <span lang=\"en\">Scheduler</span>"), page);
        assertTrue(page.contains("结果写回 <code>spec.nodeName</code>。"), page);
        assertTrue(page.contains("<span class=\"tag\">kube-scheduler</span>"), page);
        assertTrue(page.contains("href=\"/courses/demo/01-basics/first\">第一课</a>"), page);
        assertFalse(page.contains("data-module=\"03-later\""), page);
    }

    @Test
    void glossaryFiltersOnTheServer() {
        String page = given().header("Accept-Language", "zh-CN").queryParam("q", "通知器").when().get("/glossary") // an alias of Informer
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("<dt id=\"informer\">"), page);
        assertFalse(page.contains("<dt id=\"scheduler\">"), page);
        assertTrue(page.contains("1 个术语"), page);
        String none = html("/glossary?q=zzz");
        assertTrue(none.contains("没有匹配“zzz”的术语。"), none);
        given().queryParam("q", "x".repeat(201)).when().get("/glossary").then().statusCode(400);
    }

    @Test
    void lessonLinksTheFirstUseOfEachTermWithACard() {
        String page = html("/courses/demo/01-basics/first");
        assertTrue(page.contains("介绍<a href=\"/glossary#scheduler\" class=\"term-link\">调度器</a>。"), page);
        assertEquals(1, page.split("href=\"/glossary#scheduler\"", -1).length - 1, page);
        assertTrue(page.contains("<div class=\"term-card\" role=\"tooltip\" id=\"term-card-scheduler\" hidden>"), page);
        assertTrue(page.contains("<div class=\"term-card\" role=\"tooltip\" id=\"term-card-informer\" hidden>"), page);
        // a lesson without terms has no cards
        String second = html("/courses/demo/01-basics/second");
        assertFalse(second.contains("term-card"), second);
    }

    @Test
    void searchExpandsGlossarySynonyms() {
        // kube-scheduler is an alias of 调度器: the lesson that says 调度器 is found, and the term is listed
        given().queryParam("q", "kube-scheduler").when().get("/api/search").then().statusCode(200)
                .body("results[0].module", equalTo("01-basics"))
                .body("results[0].lesson", equalTo("first"))
                .body("terms[0].id", equalTo("scheduler"))
                .body("terms[0].url", equalTo("/glossary#scheduler"))
                .body("terms[0].lessonUrl", equalTo("/courses/demo/01-basics/first"));
        given().queryParam("q", "通知器").when().get("/api/search").then().statusCode(200)
                .body("terms[0].id", equalTo("informer"))
                .body("results.lesson", org.hamcrest.Matchers.hasItem("first"));
    }

    @Test
    void noMatchSuggestsGlossaryTerms() {
        given().queryParam("q", "调度量子").when().get("/api/search").then().statusCode(200)
                .body("results.size()", equalTo(0))
                .body("suggestions", org.hamcrest.Matchers.hasItem("调度器"));
    }
}
