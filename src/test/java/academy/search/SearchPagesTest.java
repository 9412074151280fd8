package academy.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** /api/search and /search over the shipped course: what a learner gets, and clear 400s for bad input. */
@QuarkusTest
class SearchPagesTest {

    static final String LONG = "调".repeat(SearchRequest.MAX_QUERY + 1);

    @Test
    void apiFindsTheLessonSectionWithAHighlightedSnippet() {
        given().queryParam("q", "DeltaFIFO").when().get("/api/search").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("query", equalTo("DeltaFIFO"))
                .body("results[0].module", equalTo("05-controller"))
                .body("results[0].lesson", equalTo("informer"))
                .body("results[0].title", equalTo(given().when().get("/api/search?q=DeltaFIFO").jsonPath().getString("results[0].title")))
                .body("results[0].url", startsWith("/courses/k8s-internals/05-controller/informer#"))
                .body("results[0].snippet", containsString("<mark>DeltaFIFO</mark>"));
    }

    @Test
    void filtersByModuleAndPath() {
        given().queryParam("q", "驱逐").queryParam("module", "07-kubelet").when().get("/api/search").then().statusCode(200)
                .body("results", not(empty()))
                .body("results.module", everyItem(equalTo("07-kubelet")));
        given().queryParam("q", "队列").queryParam("path", "developer").queryParam("limit", "50").when().get("/api/search").then().statusCode(200)
                .body("results", not(empty()))
                .body("results.url", everyItem(containsString("?path=developer")))
                .body("results.module", everyItem(org.hamcrest.Matchers.in(java.util.List.of("12-client-go", "05-controller", "13-operator"))));
    }

    @Test
    void emptyQueryIsAnEmptyResultNotAnError() {
        given().when().get("/api/search").then().statusCode(200).body("results", empty()).body("suggestions", empty());
        given().queryParam("q", "  ").when().get("/api/search").then().statusCode(200).body("results", empty());
        String page = given().when().get("/search").then().statusCode(200).extract().asString();
        assertTrue(page.contains("输入关键词开始搜索"), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"*?~:(", "\"", "*", "?", "~", ":", "(", "AND", "a OR", "title:x", "\\", "[1 TO 2]"})
    void luceneSyntaxIsPlainText(String q) {
        given().queryParam("q", q).when().get("/api/search").then().statusCode(200).body("query", equalTo(q.strip()));
        given().queryParam("q", q).when().get("/search").then().statusCode(200);
    }

    @Test
    void badInputIsA400InTheLearnersLanguage() {
        given().queryParam("q", LONG).when().get("/api/search").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("detail", equalTo("搜索词太长：最多 200 个字符。"));
        given().header("Accept-Language", "en").queryParam("q", LONG).when().get("/api/search").then().statusCode(400)
                .body("detail", equalTo("The search is too long: at most 200 characters."));
        given().queryParam("q", "x").queryParam("module", "99-nope").when().get("/api/search").then().statusCode(400)
                .body("detail", equalTo("没有这个模块：99-nope。"));
        given().queryParam("q", "x").queryParam("path", "nope").when().get("/api/search").then().statusCode(400)
                .body("detail", equalTo("没有这条学习路径：nope。"));
        given().header("Accept-Language", "en").queryParam("q", "x").queryParam("path", "nope").when().get("/api/search").then()
                .statusCode(400).body("detail", equalTo("There is no learning path nope."));
        for (String limit : new String[] {"0", "51", "abc", "-1", "99999999999"}) {
            given().queryParam("q", "x").queryParam("limit", limit).when().get("/api/search").then().statusCode(400)
                    .body("detail", containsString("limit"));
        }
        String page = given().queryParam("q", LONG).when().get("/search").then().statusCode(400)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("搜索词太长：最多 200 个字符。"), page);
        String en = given().header("Accept-Language", "en").queryParam("q", "x").queryParam("module", "nope").when().get("/search")
                .then().statusCode(400).extract().asString();
        assertTrue(en.contains("There is no module nope."), en);
    }

    @Test
    void resultsPageListsRankedSectionsWithHighlights() {
        String page = given().header("Accept-Language", "zh-CN").queryParam("q", "调度队列").when().get("/search").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("“调度队列”的搜索结果"), page);
        int first = page.indexOf("data-lesson=\"");
        assertTrue(page.startsWith("data-lesson=\"06-scheduler/scheduling-queue\"", first), page.substring(first, first + 80));
        assertTrue(page.contains("<mark>调度</mark>") || page.contains("<mark>调度队列</mark>") || page.contains("<mark>队列</mark>"), page);
        assertTrue(page.contains("href=\"/courses/k8s-internals/06-scheduler/scheduling-queue"), page);
        // the filters keep their values
        String filtered = given().queryParam("q", "驱逐").queryParam("module", "07-kubelet").when().get("/search").then().statusCode(200)
                .extract().asString();
        assertTrue(filtered.contains("<option value=\"07-kubelet\" selected>"), filtered);
        assertTrue(!filtered.contains("data-lesson=\"05-controller/"), filtered);
    }

    @Test
    void noMatchSaysSoAndSuggests() {
        String page = given().header("Accept-Language", "zh-CN").queryParam("q", "DeltaFIFOO").when().get("/search").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("没有找到与“DeltaFIFOO”相关的内容。"), page);
        assertTrue(page.contains("试试这些词："), page);
        assertTrue(page.toLowerCase().contains("href=\"/search?q=deltafifo\""), page);
        given().queryParam("q", "DeltaFIFOO").when().get("/api/search").then().statusCode(200)
                .body("results", empty()).body("suggestions", not(empty()));
    }

    @Test
    void everyPageHasTheSearchBoxThatWorksWithoutJavaScript() {
        String home = given().when().get("/").then().statusCode(200).extract().asString();
        assertTrue(home.contains("<form method=\"get\" action=\"/search\" role=\"search\""), home);
        assertTrue(home.contains("name=\"q\" id=\"site-search-q\""), home);
        assertTrue(home.contains("id=\"site-search-list\""), home);
        assertTrue(home.contains("href=\"/glossary\""), home);
    }

    @Test
    void readinessIncludesTheSearchIndex() {
        // a search waits for the background build; afterwards readiness reports the index
        given().queryParam("q", "x").when().get("/api/search").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'search index built' }.status", equalTo("UP"));
    }
}
