package academy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import academy.quiz.QuizAppProfile;
import academy.testsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** A learner adds a question to review from a result page and reviews it in a real browser. */
@QuarkusTest
@TestProfile(QuizAppProfile.class)
class ReviewInBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    @TestSecurity(user = "review-browser", roles = "learner")
    void addAnswerRateInTheBrowser() throws Exception {
        String token = ReviewFlowTest.takeWithTwoWrong();
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = new Browser()) {
            browser.driver().get(root + "/me/attempts/" + token);
            // the two questions answered wrong are cards already; add the single-choice one
            assertEquals(2, browser.driver().findElements(By.cssSelector("p.review-card-note")).size());
            browser.driver().findElement(By.cssSelector("form.add-to-review input[value='pick-one']"))
                    .findElement(By.xpath("..")).findElement(By.cssSelector("button")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("form.add-to-review input[value='pick-one']"), 0));

            browser.driver().get(root + "/me");
            assertEquals("1", browser.driver().findElement(By.id("review-due-today")).getAttribute("data-due"));
            List<WebElement> bars = browser.driver().findElements(By.cssSelector(".review-forecast li"));
            assertEquals(30, bars.size());
            assertTrue(bars.get(1).findElement(By.cssSelector(".bar")).getSize().getHeight() > 10, "tomorrow's bar is drawn");
            shot(browser, "review-me.png");
            browser.driver().findElement(By.id("start-review")).click();

            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("answer-form")));
            String page = browser.driver().getPageSource();
            assertFalse(page.contains("data-correct") || page.contains("choice-right"), "no answer data before answering");
            WebElement right = browser.driver().findElements(By.cssSelector("#answer-form label.quiz-option")).stream()
                    .filter(l -> l.getText().contains("启动调度循环")).findFirst().orElseThrow();
            right.click();
            shot(browser, "review-question.png");
            browser.driver().findElement(By.cssSelector("#answer-form button[type=submit]")).click();

            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("rating-form")));
            assertEquals(4, browser.driver().findElements(By.cssSelector("#rating-form button[name=rating]")).size());
            browser.script("document.getElementById('rating-form').scrollIntoView()");
            shot(browser, "review-result.png");
            browser.driver().findElement(By.cssSelector("#rating-form button[value=good]")).click();

            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("review-empty")));
            assertEquals("2", browser.driver().findElement(By.cssSelector("[data-rated]")).getAttribute("data-rated"),
                    "Good on a new card: S0(Good) = 2.3065, due in 2 days");
        }
    }

    /** Screenshots for a person to look at, only when asked for ({@code -Dacademy.screenshots=<dir>}). */
    static void shot(Browser browser, String name) throws Exception {
        String dir = System.getProperty("academy.screenshots");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        }
    }
}
