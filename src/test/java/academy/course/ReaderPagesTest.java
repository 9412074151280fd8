package academy.course;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import academy.FixtureContentProfile;
import academy.Forms;
import academy.account.Learner;
import academy.testsupport.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * Where am I, on the fixture course: the remembered path and the position on it, the module sidebar
 * with ticks, breadcrumbs from home, English titles, and the small fixes (sign-out landing, 404
 * language switch, no developer note on /me, empty modules).
 */
@QuarkusTest
@TestProfile(FixtureContentProfile.class)
class ReaderPagesTest {

    @TestHTTPResource("/")
    URL base;

    static final String CRUMB_HOME = "<nav aria-label=\"breadcrumb\" class=\"crumbs\"><ul><li><a href=\"/\">";

    @Test
    @TestSecurity(user = "reader-path", roles = "learner")
    void aSignedInLearnerKeepsTheirPathFromPageToPage() {
        // nothing remembered yet: the lesson follows its module
        given().get("/courses/demo/01-basics/second").then().statusCode(200)
                .body(not(containsString("class=\"following\"")));
        // opening a path makes it the current one; the lesson opened later without ?path= follows it
        given().get("/courses/demo/paths/ops").then().statusCode(200);
        given().get("/courses/demo/01-basics/second").then().statusCode(200)
                .body(containsString("正在学习：运维路径"))
                .body(containsString("第 3 课 / 共 3 课"))
                .body(containsString("href=\"/courses/demo/01-basics/first?path=ops\""));
        assertEquals("ops", followed("reader-path"));
        // a lesson link with ?path= switches the current path
        given().get("/courses/demo/01-basics/second?path=beginner").then().statusCode(200)
                .body(containsString("第 2 课 / 共 3 课"));
        given().header("Accept-Language", "en").get("/courses/demo/02-advanced/deep").then().statusCode(200)
                .body(containsString("Following: Beginner path"))
                .body(containsString("Lesson 3 of 3"));
        assertEquals("beginner", followed("reader-path"));
        // a path that does not hold the lesson is not followed, and not remembered
        given().get("/courses/demo/01-basics/first?path=soon").then().statusCode(200)
                .body(containsString("第 1 课 / 共 3 课"));
        assertEquals("beginner", followed("reader-path"));
        given().get("/courses/demo/01-basics/first?path=no-such-path").then().statusCode(200);
    }

    static String followed(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> Learner.<Learner>findById(subject).followingPath);
    }

    @Test
    void visitorsGetThePathChoicesForTheirBrowserToPickFrom() {
        given().get("/courses/demo/01-basics/first").then().statusCode(200)
                .body(containsString("data-path-choices=\"beginner ops\""))
                .body(not(containsString("class=\"following\"")));
        given().get("/courses/demo/01-basics/first?path=ops").then().statusCode(200)
                .body(containsString("data-path=\"ops\""))
                .body(not(containsString("data-path-choices")))
                .body(containsString("第 2 课 / 共 3 课"));
        given().get("/courses/demo/paths/beginner").then().statusCode(200).body(containsString("data-path=\"beginner\""));
    }

    @Test
    void aVisitorsBrowserRemembersThePathItLastOpened() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver().get(url("/courses/demo/paths/ops"));
            browser.driver().get(url("/courses/demo/01-basics/first"));
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/courses/demo/01-basics/first?path=ops"));
            assertTrue(browser.driver().findElement(By.cssSelector(".following")).getText().contains("2"),
                    browser.driver().findElement(By.cssSelector(".following")).getText());
            // a lesson that is on no remembered path stays as it is
            browser.driver().get(url("/courses/demo/paths/beginner"));
            browser.driver().get(url("/courses/demo/02-advanced/deep"));
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("?path=beginner"));
        }
    }

    @Test
    @TestSecurity(user = "reader-ticks", roles = "learner")
    void theModuleSidebarTicksCompletedLessonsOnDesktopAndPhone() throws Exception {
        Forms.from("/courses/demo/01-basics/first")
                .formParam("course", "demo").formParam("module", "01-basics").formParam("lesson", "first")
                .post("/me/complete").then().statusCode(303);
        String html = given().get("/courses/demo/01-basics/second").then().statusCode(200).extract().asString();
        String sidebar = html.substring(html.indexOf("class=\"module-lessons\""), html.indexOf("</details>", html.indexOf("class=\"module-lessons\"")));
        assertTrue(sidebar.matches("(?s).*data-lesson=\"first\"[^\\n]*class=\"tick\".*"), sidebar);
        assertTrue(sidebar.matches("(?s).*data-lesson=\"second\" class=\"is-current\"[^\\n]*aria-current=\"page\".*"), sidebar);
        assertTrue(!sidebar.matches("(?s).*data-lesson=\"second\"[^\\n]*class=\"tick\".*"), sidebar);

        try (Browser browser = new Browser()) {
            for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
                browser.driver().manage().window().setSize(size);
                browser.driver().get(url("/courses/demo/01-basics/second"));
                WebElement details = browser.driver().findElement(By.cssSelector(".module-lessons"));
                if (details.getAttribute("open") == null) {
                    details.findElement(By.tagName("summary")).click();
                }
                WebElement tick = browser.driver().findElement(By.cssSelector(".module-lessons li[data-lesson=first] .tick"));
                assertTrue(tick.isDisplayed(), "tick visible at " + size);
                assertTrue(browser.driver().findElements(By.cssSelector(".module-lessons li[data-lesson=second] .tick")).isEmpty());
                Number width = (Number) browser.script("return document.scrollingElement.scrollWidth;");
                assertTrue(width.intValue() <= ((Number) browser.script("return innerWidth;")).intValue(), "sideways scroll at " + size);
            }
        }
    }

    @Test
    @TestSecurity(user = "reader-crumbs", roles = "learner")
    void breadcrumbsStartAtHomeOnEveryPage() {
        for (String page : List.of("/courses/demo", "/courses/demo/paths/beginner", "/courses/demo/01-basics",
                "/courses/demo/01-basics/first", "/courses/demo/01-basics/first/quiz", "/me", "/me/attempts", "/me/mistakes")) {
            given().get(page).then().statusCode(200).body(containsString(CRUMB_HOME));
        }
    }

    @Test
    void quizzesHaveTheirEnglishTitleInTheEnglishInterface() {
        given().header("Accept-Language", "en").get("/courses/demo/01-basics/first/quiz").then().statusCode(200)
                .body(containsString("<h1>First lesson quiz</h1>"));
        given().header("Accept-Language", "en").get("/courses/demo/01-basics/first").then().statusCode(200)
                .body(containsString("First lesson quiz</h2>"));
        given().header("Accept-Language", "zh-CN").get("/courses/demo/01-basics/first/quiz").then().statusCode(200)
                .body(containsString("<h1>第一课 小测</h1>"));
    }

    @Test
    void englishInterfaceUsesEnglishTitlesWhereTheContentHasThem() {
        given().header("Accept-Language", "en").get("/courses/demo/02-advanced/deep").then().statusCode(200)
                .body(containsString("<title>A deeper lesson · Kube Internals Academy</title>"))
                .body(containsString("<h1>深入一课</h1>"))
                .body(containsString("<p class=\"title-en\" lang=\"en\">A deeper lesson</p>"));
        given().header("Accept-Language", "en").get("/courses/demo/02-advanced").then().statusCode(200)
                .body(containsString(">A deeper lesson</a>"));
        // without an English title the Chinese one is shown
        given().header("Accept-Language", "en").get("/courses/demo/01-basics").then().statusCode(200)
                .body(containsString(">第一课</a>"));
        given().get("/courses/demo/02-advanced/deep").then().statusCode(200)
                .body(containsString("<title>深入一课 · Kube Internals Academy</title>"))
                .body(not(containsString("title-en")));
    }

    @Test
    @TestSecurity(user = "reader-small", roles = "learner")
    void smallFixes() {
        given().get("/me").then().statusCode(200).body(not(containsString("/api/me/progress")));
        given().redirects().follow(false).get("/signed-out?state=abc").then().statusCode(303)
                .header("Location", equalTo(url("/")));
        // the 404 page has the language switch too, signed in
        given().get("/no/such/page").then().statusCode(404).body(containsString("id=\"lang-switch\""));
    }

    @Test
    void aModuleWithoutLessonsShowsItsPlanAndWhatToReadMeanwhile() {
        given().get("/courses/demo/03-later").then().statusCode(200)
                .body(containsString("计划中的课程"))
                .body(containsString("<li>以后的第二课</li>"))
                .body(containsString("相关的已上线课程"))
                .body(containsString("href=\"/courses/demo/02-advanced/deep\""));
        given().header("Accept-Language", "en").get("/courses/demo/03-later").then().statusCode(200)
                .body(containsString("Related lessons you can read now"))
                .body(containsString(">A deeper lesson</a>"));
    }

    @Test
    void everyPartOfTheServedFontArrivesWhole() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("src/main/resources/META-INF/resources/static/fonts/noto-sans-sc");
        String css = given().get("/static/fonts/noto-sans-sc/font.css").then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("url\\((/static/fonts/noto-sans-sc/([^)]+\\.woff2))\\)").matcher(css);
        int parts = 0;
        List<String> broken = new java.util.ArrayList<>();
        while (m.find()) {
            byte[] served = given().get(m.group(1)).then().statusCode(200)
                    .header("Cache-Control", equalTo("public, max-age=86400")).extract().asByteArray();
            if (served.length != java.nio.file.Files.size(dir.resolve(m.group(2)))) {
                broken.add(m.group(2) + ": " + served.length + " bytes");
            }
            parts++;
        }
        assertEquals(101, parts, "unicode-range parts in font.css");
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
