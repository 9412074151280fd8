package academy.quiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import academy.quiz.QuizAppProfile;
import academy.testsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * In a real headless Chromium, on a desktop and a phone viewport: answers are saved as they are given
 * and come back after a reload, the counter and navigator follow, a jump never hides a question under
 * the sticky bar, and a submission without network keeps the page, its answers and says so.
 */
@QuarkusTest
@TestProfile(QuizAppProfile.class)
class QuizDraftsInBrowserTest {

    @TestHTTPResource("/")
    URL base;

    /** The texts checked, in the UI language of the run. */
    record Texts(String lang, String answered, String saved, String offline, String passMark) {
        static final Texts ZH = new Texts("zh", "%d / 7 已作答", "已保存", "提交没有成功：网络连接中断，答案已保留，请稍后重试。", "及格线 60%");
        static final Texts EN = new Texts("en", "%d of 7 answered", "Saved",
                "The submission did not go through: the network connection was lost. Your answers are kept; please try again.", "Pass mark 60%");
    }

    @Test
    @TestSecurity(user = "browser-desktop", roles = "learner")
    void desktopInChinese() throws Exception {
        takeWithReloadAndOfflineSubmit(1366, 900, Texts.ZH);
    }

    @Test
    @TestSecurity(user = "browser-phone", roles = "learner")
    void phoneInEnglish() throws Exception {
        takeWithReloadAndOfflineSubmit(390, 844, Texts.EN);
    }

    @Test
    @TestSecurity(user = "browser-tamperer", roles = "learner")
    void aRefusedAnswerSaysWhyWhenSavedAndWhenSubmitted() throws Exception {
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 900));
            driver.get(root + QuizPages.FIRST_QUIZ);
            driver.findElement(By.cssSelector(".quiz-box form button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-form")));
            WebElement radio = question(driver, "pick-one").findElements(By.cssSelector("input[type=radio]")).get(0);
            browser.script("arguments[0].value = 'zz';", radio);
            radio.click();
            WebElement status = question(driver, "pick-one").findElement(By.cssSelector(".save-status"));
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> status.getAttribute("class").contains("is-failed"));
            assertTrue(status.getText().contains("pick-one"), "the server's reason is shown: " + status.getText());

            driver.findElement(By.id("quiz-submit")).click();
            browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-page")));
            assertTrue(driver.findElement(By.cssSelector(".error-page")).getText().contains("pick-one"),
                    "the refusal page of a normal post: " + driver.getPageSource());
        }
    }

    private void takeWithReloadAndOfflineSubmit(int width, int height, Texts t) throws Exception {
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(width, height));
            driver.get(root + QuizPages.FIRST_QUIZ);
            assertEquals(width, ((Number) browser.script("return window.innerWidth;")).intValue(), "viewport width");
            if (!String.valueOf(browser.script("return document.documentElement.lang;")).startsWith(t.lang())) {
                driver.findElement(By.id("lang-switch")).click(); // the header's language switch
                browser.waitUpTo(Duration.ofSeconds(10)).until(d -> String.valueOf(browser.script("return document.documentElement.lang;")).startsWith(t.lang()));
            }
            driver.findElement(By.cssSelector(".quiz-box form button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-form")));
            String attemptUrl = driver.getCurrentUrl();
            assertEquals(t.answered().formatted(0), driver.findElement(By.id("answered-count")).getText());

            // answer two questions; each is saved to the server as it changes
            question(driver, "pick-one").findElements(By.cssSelector("input[type=radio]")).get(1).click();
            question(driver, "name-it").findElement(By.cssSelector("input[type=text]")).sendKeys("kube words");
            for (String q : List.of("pick-one", "name-it")) {
                browser.waitUpTo(Duration.ofSeconds(10)).until(d -> t.saved().equals(question(d, q).findElement(By.cssSelector(".save-status")).getText()));
            }
            assertEquals(t.answered().formatted(2), driver.findElement(By.id("answered-count")).getText());
            assertNavigator(driver, List.of("pick-one", "name-it"));

            // a fresh load of the page (not the browser's form memory) shows the saved answers
            driver.get("about:blank");
            driver.get(attemptUrl);
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-form")));
            assertTrue(question(driver, "pick-one").findElements(By.cssSelector("input[type=radio]")).get(1).isSelected(), "choice restored");
            assertEquals("kube words", question(driver, "name-it").findElement(By.cssSelector("input[type=text]")).getAttribute("value"));
            assertEquals(t.answered().formatted(2), driver.findElement(By.id("answered-count")).getText());
            assertNavigator(driver, List.of("pick-one", "name-it"));

            // the navigator jumps to a question, and the sticky bar does not cover it
            WebElement bar = driver.findElement(By.id("quiz-bar"));
            assertTrue(((Number) browser.script("return arguments[0].getBoundingClientRect().right;", bar)).doubleValue() <= width,
                    "the bar fits the viewport");
            driver.findElement(By.cssSelector("#quiz-nav a[data-nav='pairs']")).click();
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#question-7"));
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> {
                double barBottom = ((Number) browser.script("return document.getElementById('quiz-bar').getBoundingClientRect().bottom;")).doubleValue();
                double top = ((Number) browser.script("return document.getElementById('question-7').getBoundingClientRect().top;")).doubleValue();
                return top >= barBottom - 1 && top < height;
            });
            screenshot(driver, "quiz-navigator-" + width);
            // nothing of the quiz is wider than the phone (the site header is the layout's business)
            Object wide = browser.script("var w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('#main *'))"
                    + ".filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('pre, .quiz-nav ol')).slice(0, 5)"
                    + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));");
            assertEquals(List.of(), wide, "elements of the quiz wider than the viewport");
            assertEquals("sticky", browser.script("return getComputedStyle(document.getElementById('quiz-bar')).position;"));

            // submitting without network: the page, its answers and a message stay
            ChromeDriver chrome = (ChromeDriver) driver;
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.emulateNetworkConditions",
                    Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            try {
                driver.findElement(By.id("quiz-submit")).click();
                browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept(); // 5 unanswered: submit anyway
                WebElement error = browser.waitUpTo(Duration.ofSeconds(10))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-submit-error")));
                assertEquals(t.offline(), error.getText());
                assertEquals(attemptUrl, driver.getCurrentUrl().replaceFirst("#.*$", ""));
                assertTrue(question(driver, "pick-one").findElements(By.cssSelector("input[type=radio]")).get(1).isSelected());
                assertEquals("kube words", question(driver, "name-it").findElement(By.cssSelector("input[type=text]")).getAttribute("value"));
                assertTrue(driver.findElement(By.id("quiz-submit")).isEnabled(), "the button works again");
                assertEquals("false", driver.findElement(By.id("quiz-form")).getAttribute("aria-busy"));
                screenshot(driver, "quiz-offline-" + width);
            } finally {
                chrome.executeCdpCommand("Network.emulateNetworkConditions",
                        Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            }

            // back online, the same click goes through; the result shows the pass mark and the next lesson
            driver.findElement(By.id("quiz-submit")).click();
            browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".quiz-score")));
            String score = driver.findElement(By.cssSelector(".quiz-score")).getText();
            assertTrue(score.contains(t.passMark()), score);
            WebElement next = driver.findElement(By.cssSelector("a.next-lesson"));
            assertTrue(next.getAttribute("href").endsWith("/courses/demo/01-basics/second?path=beginner"), next.getAttribute("href"));
            assertFalse(driver.getPageSource().contains("quiz-submit-error"), "the result page is a new page");
        }
    }

    /** Kept in target/screenshots for a human look at the layout; not asserted. */
    private static void screenshot(WebDriver driver, String name) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        java.nio.file.Files.write(dir.resolve(name + ".png"), png);
    }

    private static WebElement question(WebDriver driver, String id) {
        return driver.findElement(By.cssSelector("fieldset[data-question='" + id + "']"));
    }

    private static void assertNavigator(WebDriver driver, List<String> answered) {
        List<WebElement> links = driver.findElements(By.cssSelector("#quiz-nav a[data-nav]"));
        assertEquals(7, links.size(), "one link per question");
        for (WebElement link : links) {
            boolean marked = link.getAttribute("class").contains("is-answered");
            assertEquals(answered.contains(link.getAttribute("data-nav")), marked, "navigator mark of " + link.getAttribute("data-nav"));
        }
    }
}
