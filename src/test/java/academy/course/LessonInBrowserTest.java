package academy.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.content.model.Lesson;
import academy.testsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** What only a browser shows: Mermaid drawn as SVG, code highlighted, and nothing loaded from elsewhere. */
@QuarkusTest
class LessonInBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CourseCatalog catalog;

    @Test
    void lessonRendersDiagramsAndHighlightedCodeFromOwnOrigin() throws Exception {
        Course course = catalog.featured().orElseThrow();
        Lesson lesson = course.modules().stream().flatMap(m -> m.lessons().stream())
                .filter(l -> l.html().contains("<pre class=\"mermaid\">") && l.html().contains("class=\"language-go\""))
                .findFirst().orElseThrow(() -> new AssertionError("no shipped lesson has both a Mermaid diagram and Go code"));
        String url = base.toString().replaceAll("/$", "") + "/courses/" + course.id() + "/" + lesson.moduleId() + "/" + lesson.slug();
        try (Browser browser = new Browser()) {
            browser.driver().get(url);
            browser.waitUpTo(Duration.ofSeconds(30))
                    .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-mermaid", "done"));

            List<WebElement> diagrams = browser.driver().findElements(By.cssSelector(".lesson-body pre.mermaid"));
            assertFalse(diagrams.isEmpty());
            for (WebElement diagram : diagrams) {
                assertFalse(diagram.findElements(By.tagName("svg")).isEmpty(),
                        "diagram not drawn: " + diagram.getAttribute("outerHTML").substring(0, 200));
            }
            WebElement go = browser.driver().findElement(By.cssSelector(".lesson-body code.language-go"));
            assertTrue(go.getAttribute("class").contains("hljs"), "highlight.js did not run");
            assertFalse(go.findElements(By.cssSelector("span[class^='hljs-']")).isEmpty(), "no highlighted tokens");
            assertFalse(browser.driver().findElements(By.cssSelector(".lesson-body pre .copy-button")).isEmpty());

            String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/";
            List<String> urls = browser.loadedUrls();
            assertTrue(urls.size() > 5, "expected the page's own assets to be listed: " + urls);
            for (String loaded : urls) {
                assertTrue(loaded.startsWith(origin), "request left the origin: " + loaded);
            }
            assertEquals(lesson.title(), browser.driver().findElement(By.cssSelector(".lesson-header h1")).getText());
        }
    }

    @Test
    void everyDiagramOfEveryShippedLessonDraws() throws Exception {
        Course course = catalog.featured().orElseThrow();
        List<String> broken = new java.util.ArrayList<>();
        int drawn = 0;
        try (Browser browser = new Browser()) {
            for (Lesson lesson : course.modules().stream().flatMap(m -> m.lessons().stream()).toList()) {
                if (!lesson.html().contains("<pre class=\"mermaid\">")) {
                    continue;
                }
                browser.driver().get(base.toString().replaceAll("/$", "") + "/courses/" + course.id() + "/"
                        + lesson.moduleId() + "/" + lesson.slug());
                browser.waitUpTo(Duration.ofSeconds(30))
                        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-mermaid", "done"));
                int diagrams = browser.driver().findElements(By.cssSelector(".lesson-body pre.mermaid")).size();
                int svgs = browser.driver().findElements(By.cssSelector(".lesson-body pre.mermaid > svg")).size();
                drawn += svgs;
                if (svgs != diagrams) {
                    broken.add(lesson.file() + ": " + svgs + " of " + diagrams + " diagrams drawn");
                }
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
        assertTrue(drawn > 0, "no diagrams drawn at all");
    }

    @Test
    void lessonFitsAPhoneScreen() throws Exception {
        Course course = catalog.featured().orElseThrow();
        Lesson lesson = course.modules().stream().flatMap(m -> m.lessons().stream())
                .filter(l -> l.html().contains("<table>") && l.html().contains("<pre class=\"mermaid\">"))
                .findFirst().orElseThrow(() -> new AssertionError("no shipped lesson with a table and a diagram"));
        try (Browser browser = new Browser()) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.driver().get(base.toString().replaceAll("/$", "") + "/courses/" + course.id() + "/"
                    + lesson.moduleId() + "/" + lesson.slug());
            browser.waitUpTo(Duration.ofSeconds(30))
                    .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-mermaid", "done"));
            Number pageWidth = (Number) browser.script("return document.documentElement.scrollWidth;");
            Number viewport = (Number) browser.script("return document.documentElement.clientWidth;");
            assertTrue(pageWidth.intValue() <= viewport.intValue(),
                    "page is " + pageWidth + "px wide on a " + viewport + "px screen: " + lesson.file());
            assertEquals(null, browser.driver().findElement(By.cssSelector(".lesson-toc details")).getAttribute("open"),
                    "the table of contents starts folded on a phone");
        }
    }

    @Test
    void themeToggleSwitchesAndIsRemembered() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver().get(base.toString());
            String before = (String) browser.script("return getComputedStyle(document.documentElement).backgroundColor;");
            browser.driver().findElement(By.id("theme-toggle")).click();
            String after = (String) browser.script("return getComputedStyle(document.documentElement).backgroundColor;");
            assertFalse(before.equals(after), "background did not change: " + before);
            browser.driver().navigate().refresh();
            String reloaded = (String) browser.script("return getComputedStyle(document.documentElement).backgroundColor;");
            assertEquals(after, reloaded, "theme choice not remembered");
            assertTrue(java.util.List.of("light", "dark").contains(browser.script("return document.documentElement.dataset.theme;")));
        }
    }

    @Test
    void skipLinkIsFirstAndLeadsToMain() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver().get(base.toString());
            browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertEquals("skip-link", focused.getAttribute("class"));
            focused.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertTrue(browser.driver().getCurrentUrl().endsWith("#main"));
        }
    }
}
