package academy.quiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import academy.testsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** A learner takes a shipped lesson quiz end to end in a real browser and sees the graded result and /me entry. */
@QuarkusTest
class QuizInBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    @TestSecurity(user = "browser-learner", roles = "learner")
    void takeALessonQuizEndToEnd() throws Exception {
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = new Browser()) {
            browser.driver().get(root + "/courses/k8s-internals/01-overview/architecture");
            WebElement box = browser.driver().findElement(By.cssSelector(".quiz-box[data-quiz='01-overview.architecture']"));
            box.findElement(By.cssSelector("form button[type=submit]")).click();

            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-form")));
            String page = browser.driver().getPageSource();
            assertFalse(page.contains("\"answer\"") || page.contains("data-correct") || page.contains("is-correct"),
                    "the answering page must not carry answer data");
            List<WebElement> questions = browser.driver().findElements(By.cssSelector("fieldset.quiz-question"));
            assertTrue(questions.size() >= 6, "expected the whole lesson quiz, got " + questions.size());
            for (WebElement q : questions) {
                answer(q);
            }
            browser.driver().findElement(By.cssSelector("#quiz-form > button[type=submit]")).click();

            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".quiz-score")));
            String score = browser.driver().findElement(By.cssSelector(".quiz-score .score-line")).getText();
            assertTrue(score.matches("(?s).*\\d+%.*"), "score shown: " + score);
            int reviewed = browser.driver().findElements(By.cssSelector("section.quiz-review")).size();
            assertEquals(questions.size(), reviewed, "every question is reviewed with its answer and explanation");

            browser.driver().get(root + "/me");
            WebElement recent = browser.driver().findElement(By.id("recent-quiz-results"));
            assertFalse(recent.findElements(By.cssSelector("tr[data-attempt='1']")).isEmpty(), recent.getText());
        }
    }

    /** Gives every question some answer of its type (right or wrong does not matter here). */
    private static void answer(WebElement q) {
        String type = q.getAttribute("data-type");
        switch (type) {
            case "single", "true_false" -> q.findElements(By.cssSelector("input[type=radio]")).get(0).click();
            case "multiple" -> q.findElements(By.cssSelector("input[type=checkbox]")).get(0).click();
            case "fill", "numeric" -> q.findElement(By.cssSelector("input[type=text]")).sendKeys("1");
            case "ordering" -> {
                List<WebElement> selects = q.findElements(By.tagName("select"));
                for (int i = 0; i < selects.size(); i++) {
                    new Select(selects.get(i)).selectByIndex(i + 1);
                }
            }
            case "match" -> q.findElements(By.tagName("select")).forEach(s -> new Select(s).selectByIndex(1));
            default -> throw new AssertionError("unknown question type on the page: " + type);
        }
    }
}
