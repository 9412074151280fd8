package academy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import academy.testsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** What only a browser shows: results as you type in the header box (keyboard too), and the glossary card on hover and focus. */
@QuarkusTest
@TestProfile(GlossaryProfile.class)
class SearchInBrowserTest {

    @TestHTTPResource("/")
    URL base;

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void headerBoxShowsResultsAsYouTypeAndTheKeyboardPicksOne() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver().get(url("/courses/demo/02-advanced/deep"));
            WebElement box = browser.driver().findElement(By.id("site-search-q"));
            assertEquals("combobox", box.getAttribute("role"));
            assertEquals("false", box.getAttribute("aria-expanded"));
            box.sendKeys("kube-scheduler");
            WebElement list = browser.driver().findElement(By.id("site-search-list"));
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOf(list));
            assertEquals("true", box.getAttribute("aria-expanded"));
            assertEquals("listbox", list.getAttribute("role"));
            List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
            // the glossary term first, then the lesson section, then "all results"
            assertTrue(options.size() >= 3, list.getAttribute("outerHTML"));
            assertTrue(options.get(0).getText().startsWith("调度器 · Scheduler"), options.get(0).getText());
            assertTrue(options.get(1).getText().startsWith("第一课"), options.get(1).getText());
            box.sendKeys(Keys.ARROW_DOWN);
            box.sendKeys(Keys.ARROW_DOWN);
            assertEquals(options.get(1).getAttribute("id"), box.getAttribute("aria-activedescendant"));
            assertEquals("true", options.get(1).getAttribute("aria-selected"));
            assertEquals("false", options.get(0).getAttribute("aria-selected"));
            box.sendKeys(Keys.ESCAPE);
            browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(list));
            assertEquals("false", box.getAttribute("aria-expanded"));
            box.sendKeys(Keys.ARROW_DOWN); // reopens
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOf(list));
            box.sendKeys(Keys.ARROW_DOWN);
            box.sendKeys(Keys.ARROW_DOWN);
            box.sendKeys(Keys.ENTER);
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/courses/demo/01-basics/first"));
        }
    }

    @Test
    void withoutAPickEnterOpensTheResultsPage() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver().get(url("/"));
            WebElement box = browser.driver().findElement(By.id("site-search-q"));
            box.sendKeys("Informer");
            box.sendKeys(Keys.ENTER);
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/search?q=Informer"));
            assertFalse(browser.driver().findElements(By.cssSelector("#search-results li")).isEmpty());
        }
    }

    @Test
    void termCardOpensOnHoverAndOnFocusAndEscapeClosesIt() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver().get(url("/courses/demo/01-basics/first"));
            WebElement link = browser.driver().findElement(By.cssSelector(".lesson-body a.term-link[href='/glossary#scheduler']"));
            WebElement card = browser.driver().findElement(By.id("term-card-scheduler"));
            assertEquals("term-card-scheduler", link.getAttribute("aria-describedby"));
            assertFalse(card.isDisplayed());
            new Actions(browser.driver()).moveToElement(link).perform();
            browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(card));
            assertTrue(card.getText().contains("调度器") && card.getText().contains("spec.nodeName"), card.getText());
            new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.tagName("h1"))).perform();
            browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(card));
            // keyboard: focus the link, the card shows; Escape closes it and focus stays
            browser.script("arguments[0].focus();", link);
            browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(card));
            link.sendKeys(Keys.ESCAPE);
            browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(card));
            assertEquals(link, browser.driver().switchTo().activeElement());
        }
    }

    @Test
    void glossaryPageFiltersAsYouType() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver().get(url("/glossary"));
            WebElement informer = browser.driver().findElement(By.id("informer"));
            WebElement scheduler = browser.driver().findElement(By.id("scheduler"));
            browser.driver().findElement(By.id("glossary-q")).sendKeys("kube-sch");
            browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(informer));
            assertTrue(scheduler.isDisplayed());
            String count = browser.driver().findElement(By.id("glossary-count")).getText();
            assertTrue(count.contains("1") && !count.contains("2"), count);
        }
    }
}
