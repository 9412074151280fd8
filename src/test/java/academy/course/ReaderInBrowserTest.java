package academy.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import academy.testsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Reading aids on the shipped course in a real headless Chromium, at a desktop (1366 × 900) and a
 * phone (390 × 844) size: diagrams stay readable, enlarge and re-theme; no page scrolls sideways;
 * the served Chinese font; permalinks and the table of contents' current section.
 */
@QuarkusTest
class ReaderInBrowserTest {

    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    static final String INFORMER = "/courses/k8s-internals/05-controller/informer";

    @TestHTTPResource("/")
    URL base;

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    void open(Browser browser, Dimension size, String path) {
        browser.driver().manage().window().setSize(size);
        browser.driver().get(url(path));
    }

    void waitForDiagrams(Browser browser) {
        browser.waitUpTo(Duration.ofSeconds(40)).until(d -> java.util.Set.of("done", "none", "failed")
                .contains(String.valueOf(browser.script("return document.body.dataset.mermaid;"))));
    }

    @Test
    void diagramsNeverShrinkBelowReadableAndOpenInAZoomView() throws Exception {
        try (Browser browser = new Browser()) {
            for (Dimension size : List.of(DESKTOP, PHONE)) {
                open(browser, size, INFORMER);
                waitForDiagrams(browser);
                @SuppressWarnings("unchecked")
                List<Number> scales = (List<Number>) browser.script(
                        "return [...document.querySelectorAll('.lesson-body pre.mermaid > svg')]"
                                + ".map(s => s.getBoundingClientRect().width / s.viewBox.baseVal.width);");
                assertFalse(scales.isEmpty(), "no diagrams on " + INFORMER);
                for (Number scale : scales) {
                    assertTrue(scale.doubleValue() >= 0.74, "a diagram is drawn at " + scale + " of its size at " + size);
                }
                assertNoSidewaysScroll(browser, INFORMER + " at " + size);

                WebElement enlarge = browser.driver().findElement(By.cssSelector(".diagram .diagram-enlarge"));
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", enlarge);
                enlarge.click();
                WebElement dialog = browser.waitUpTo(Duration.ofSeconds(5))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.diagram-dialog[open]")));
                assertFalse(dialog.findElements(By.cssSelector(".diagram-canvas svg")).isEmpty(), "the diagram is in the zoom view");
                double start = Double.parseDouble(dialog.getAttribute("data-scale"));
                assertTrue(start >= 0.74, "zoom view starts at " + start);
                browser.driver().switchTo().activeElement().sendKeys("+");
                double zoomed = Double.parseDouble(dialog.getAttribute("data-scale"));
                assertTrue(zoomed > start, "+ zooms in: " + start + " -> " + zoomed);
                String before = (String) browser.script("return document.querySelector('.diagram-canvas').style.transform;");
                browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
                assertNotEquals(before, browser.script("return document.querySelector('.diagram-canvas').style.transform;"),
                        "arrow keys pan");
                browser.driver().findElement(By.cssSelector(".diagram-toolbar [data-action=out]")).click();
                assertTrue(Double.parseDouble(dialog.getAttribute("data-scale")) < zoomed, "the − button zooms out");
                browser.driver().switchTo().activeElement().sendKeys("0");
                assertEquals(start, Double.parseDouble(dialog.getAttribute("data-scale")), 0.001, "0 resets");
                browser.script("document.querySelector('.diagram-stage').dispatchEvent(new WheelEvent('wheel',"
                        + "{deltaY: -200, clientX: 100, clientY: 100, bubbles: true, cancelable: true}));");
                assertTrue(Double.parseDouble(dialog.getAttribute("data-scale")) > start, "the wheel zooms in");

                browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
                browser.waitUpTo(Duration.ofSeconds(5)).until(d -> !dialog.isDisplayed());
                // the dialog's close event (which puts the drawing back) is dispatched as a task after it hides
                browser.waitUpTo(Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(browser.script(
                        "return document.querySelector('.lesson-body pre.mermaid').querySelector(':scope > svg') !== null;")));
            }
        }
    }

    @Test
    void themeToggleRedrawsDiagramsInTheNewTheme() throws Exception {
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            try (Browser browser = new Browser()) { // a fresh profile each time: the page starts in the light theme
                open(browser, size, INFORMER);
                waitForDiagrams(browser);
                String theme = (String) browser.script("return document.body.dataset.mermaidTheme;");
                String colours = "const svg = document.querySelector('.lesson-body pre.mermaid > svg');"
                        + "const node = svg.querySelector('.node rect, .node polygon, rect.actor, rect');"
                        + "const line = svg.querySelector('.flowchart-link, .messageLine0, path.relation, line, path');"
                        + "return getComputedStyle(node).fill + ' / ' + getComputedStyle(line).stroke;";
                String before = (String) browser.script(colours);
                browser.driver().findElement(By.id("theme-toggle")).click();
                browser.waitUpTo(Duration.ofSeconds(40)).until(d -> !theme.equals(browser.script("return document.body.dataset.mermaidTheme;"))
                        && "done".equals(browser.script("return document.body.dataset.mermaid;")));
                String after = (String) browser.script(colours);
                assertNotEquals(before, after, "the diagram kept its colours after the theme toggle at " + size);
                assertEquals(browser.script("return document.documentElement.dataset.theme;"),
                        browser.script("return document.body.dataset.mermaidTheme;"));
                Number diagrams = (Number) browser.script("return document.querySelectorAll('.lesson-body pre.mermaid').length;");
                Number svgs = (Number) browser.script("return document.querySelectorAll('.lesson-body pre.mermaid > svg').length;");
                assertEquals(diagrams, svgs, "every diagram was drawn again");
                // the theme is remembered: the next page draws its diagrams in it straight away
                browser.driver().navigate().refresh();
                waitForDiagrams(browser);
                assertEquals(browser.script("return document.documentElement.dataset.theme;"),
                        browser.script("return document.body.dataset.mermaidTheme;"));
            }
        }
    }

    @Test
    void servedChineseFontIsUsedWhereTheSystemHasNone() throws Exception {
        try (Browser browser = new Browser()) {
            open(browser, DESKTOP, "/courses/k8s-internals");
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(browser.script(
                    "return document.fonts.status === 'loaded';")));
            List<String> fonts = browser.loadedUrls().stream().filter(u -> u.contains("/static/fonts/noto-sans-sc/noto-")).toList();
            boolean systemHasCjk = Boolean.TRUE.equals(browser.script(
                    "return document.fonts.check('16px \"Noto Sans CJK SC\"', '中') && ![...document.fonts].some(f => f.status === 'loaded');"));
            if (!systemHasCjk) {
                assertFalse(fonts.isEmpty(), "no part of the served Chinese font was fetched");
                assertTrue(fonts.size() < 40, "the browser should fetch only the parts a page needs, fetched " + fonts.size());
                assertTrue(fonts.stream().allMatch(u -> u.endsWith(".woff2")), fonts.toString());
            }
            // a Chinese character is drawn with a real glyph, not as the narrow "tofu" box of a missing font
            Number width = (Number) browser.script("const c = document.createElement('canvas').getContext('2d');"
                    + "c.font = '32px ' + getComputedStyle(document.body).fontFamily; return c.measureText('控制器').width;");
            assertTrue(width.doubleValue() > 80, "three Chinese characters measure " + width + " px at 32 px");
        }
    }

    @Test
    void noPageScrollsSidewaysSignedOut() throws Exception {
        checkNoSidewaysScroll(false);
    }

    @Test
    @TestSecurity(user = "reader-wide", roles = "learner")
    void noPageScrollsSidewaysSignedIn() throws Exception {
        checkNoSidewaysScroll(true);
    }

    void checkNoSidewaysScroll(boolean signedIn) throws Exception {
        List<String> pages = new ArrayList<>(List.of("/", "/courses/k8s-internals", "/courses/k8s-internals/paths/beginner",
                "/courses/k8s-internals/05-controller", INFORMER, INFORMER + "/quiz", "/courses/k8s-internals/no-such-module"));
        if (signedIn) {
            pages.addAll(List.of("/me", "/me/attempts", "/me/mistakes"));
        }
        List<String> wide = new ArrayList<>();
        try (Browser browser = new Browser()) {
            for (String lang : List.of("zh", "en")) {
                browser.driver().get(url("/"));
                browser.driver().manage().addCookie(new Cookie("academy_lang", lang));
                for (Dimension size : List.of(DESKTOP, PHONE, new Dimension(360, 740))) {
                    for (String page : pages) {
                        open(browser, size, page);
                        Number width = (Number) browser.script("return document.scrollingElement.scrollWidth;");
                        Number viewport = (Number) browser.script("return window.innerWidth;");
                        if (width.intValue() > viewport.intValue()) {
                            wide.add(page + " (" + lang + ", " + size.width + " px): " + width + " px wide, past the edge: "
                                    + browser.script(OVERFLOWING));
                        }
                        Object copyOutside = browser.script("return [...document.querySelectorAll('.copy-button')].filter(b => {"
                                + "const r = b.getBoundingClientRect(), p = b.closest('pre').getBoundingClientRect();"
                                + "return r.top < p.top - 1 || r.right > p.right + 1; }).length;");
                        if (((Number) copyOutside).intValue() > 0) {
                            wide.add(page + " (" + lang + ", " + size.width + " px): " + copyOutside + " copy buttons outside their code block");
                        }
                        if (size.equals(PHONE)) {
                            Number header = (Number) browser.script(
                                    "return document.querySelector('.site-header').getBoundingClientRect().height;");
                            if (header.intValue() > 150) {
                                wide.add(page + " (" + lang + ", phone): header is " + header + " px tall");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(wide.isEmpty(), String.join("\n", wide));
    }

    @Test
    void headingsHavePermalinksAndTheTableOfContentsFollowsTheReader() throws Exception {
        try (Browser browser = new Browser()) {
            open(browser, DESKTOP, INFORMER);
            List<WebElement> links = browser.driver().findElements(By.cssSelector(".lesson-body h2 > a.permalink"));
            assertFalse(links.isEmpty(), "no permalinks");
            WebElement first = links.get(0);
            String id = (String) browser.script("return arguments[0].parentElement.id;", first);
            assertEquals("#" + id, first.getAttribute("href").replaceFirst("^[^#]*", ""));
            String third = (String) browser.script("return document.querySelectorAll('.lesson-toc a[href^=\"#\"]')[2].getAttribute('href');");
            browser.script("location.hash = arguments[0];", third);
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> third.equals(browser.script(
                    "const a = document.querySelector('.lesson-toc a.is-current'); return a && a.getAttribute('href');")));
            assertEquals("location", browser.script("return document.querySelector('.lesson-toc a.is-current').getAttribute('aria-current');"));
        }
    }

    /** The innermost elements that reach past the right edge of the window, for the failure message. */
    static final String OVERFLOWING = "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1"
            + " && ![...e.children].some(c => c.getBoundingClientRect().right > innerWidth + 1)).slice(0, 5)"
            + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ').join('.') : '')"
            + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');";

    /** Waits until the font parts the laid-out page needs are fetched (they load lazily, per unicode-range). */
    static void waitForFonts(Browser browser) {
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "requestAnimationFrame(() => requestAnimationFrame(() => document.fonts.ready.then(() =>"
                        + " done(document.fonts.status === 'loaded' && ![...document.fonts].some(f => f.status === 'loading')))));")));
    }

    void assertNoSidewaysScroll(Browser browser, String what) {
        Number width = (Number) browser.script("return document.scrollingElement.scrollWidth;");
        Number viewport = (Number) browser.script("return window.innerWidth;");
        assertTrue(width.intValue() <= viewport.intValue(), what + ": page is " + width + " px wide in " + viewport + " px");
    }

    /**
     * Screenshots of the main pages at both sizes, for docs/reader.md: written to the folder named by
     * {@code -Dacademy.screenshots=...} (e.g. docs/screenshots), else to target/screenshots.
     */
    @Test
    @TestSecurity(user = "reader-shots", roles = "learner")
    void screenshotsOfTheMainPages() throws Exception {
        Path dir = Path.of(System.getProperty("academy.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        List<String[]> shots = List.of(
                new String[] { "home", "/" },
                new String[] { "catalog", "/courses/k8s-internals" },
                new String[] { "module", "/courses/k8s-internals/05-controller" },
                new String[] { "lesson", INFORMER + "?path=developer" },
                new String[] { "quiz", INFORMER + "/quiz" },
                new String[] { "me", "/me" });
        try (Browser browser = new Browser()) {
            browser.driver().get(url("/"));
            browser.driver().manage().addCookie(new Cookie("academy_lang", "zh"));
            for (Dimension size : List.of(DESKTOP, PHONE)) {
                String suffix = size.equals(DESKTOP) ? "desktop" : "phone";
                for (String[] shot : shots) {
                    open(browser, size, shot[1]);
                    waitForDiagrams(browser);
                    waitForFonts(browser);
                    Files.write(dir.resolve(shot[0] + "-" + suffix + ".png"), ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
                }
                open(browser, size, INFORMER);
                waitForDiagrams(browser);
                browser.driver().findElement(By.cssSelector(".diagram .diagram-enlarge")).click();
                browser.waitUpTo(Duration.ofSeconds(5))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.diagram-dialog[open]")));
                Files.write(dir.resolve("diagram-zoom-" + suffix + ".png"), ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
                browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
                browser.driver().findElement(By.id("theme-toggle")).click();
                browser.waitUpTo(Duration.ofSeconds(40)).until(d -> "dark".equals(browser.script("return document.body.dataset.mermaidTheme;"))
                        && "done".equals(browser.script("return document.body.dataset.mermaid;")));
                browser.script("document.querySelector('.lesson-body .diagram').scrollIntoView();");
                Files.write(dir.resolve("lesson-dark-" + suffix + ".png"), ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
                browser.driver().findElement(By.id("theme-toggle")).click();
            }
        }
    }
}
