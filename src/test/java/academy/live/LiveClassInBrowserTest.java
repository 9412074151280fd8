package academy.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import academy.account.RealKeycloakProfile;
import academy.devtools.KeycloakServer;
import academy.testsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A live session in three real headless Chromium browsers signed in through the real Keycloak: {@code instructor}
 * runs it for the demo class (/onboarding/2026-q4) on the big screen, {@code learner} and {@code wang} join with
 * the code. Questions, counts, the reveal and the end reach every screen through server-sent events — no reload (a
 * marker set in each page survives) — and no key reaches a learner's page before the reveal.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class LiveClassInBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void anInstructorAndTwoLearnersRunASession() throws Exception {
        String base = "http://127.0.0.1:" + root.getPort();
        try (Browser host = new Browser(); Browser amy = new Browser(); Browser wang = new Browser()) {
            signIn(host, base, "/live/new", "instructor");
            WebDriver h = host.driver();
            h.get(base + "/live/new?quiz=01-basics.first");
            host.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("live-create")));
            h.findElement(By.id("live-create")).click();
            host.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("live-code")));
            String code = h.findElement(By.id("live-code")).getText().strip();
            assertTrue(code.matches("\\d{6}"), code);
            assertTrue((Boolean) host.script("var i = document.getElementById('live-qr'); return i.complete && i.naturalWidth > 0;"),
                    "the QR code image loads");
            host.script("window.liveMarker = 'kept';");

            for (Object[] l : new Object[][] { { amy, "learner" }, { wang, "wang" } }) {
                Browser b = (Browser) l[0];
                signIn(b, base, "/live?code=" + code, (String) l[1]);
                b.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id("live-join"))).click();
                b.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("live-waiting")));
                b.script("window.liveMarker = 'kept';");
            }
            // the big screen counts both without a reload
            host.waitUpTo(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("live-joined")).getText().contains("2"));

            h.findElement(By.id("live-next")).click();
            host.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("live-histogram")));
            host.script("window.liveMarker = 'kept';");
            for (Browser b : new Browser[] { amy, wang }) {
                b.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("live-answer")));
                assertEquals("kept", b.script("return window.liveMarker;"), "the question arrived without a reload");
                String page = b.driver().getPageSource();
                assertFalse(page.contains("is-correct") || page.contains("live-explanation"), "no key before the reveal");
            }
            // true/false fixture question (answer: true): amy right, wang wrong
            amy.driver().findElement(By.cssSelector("#live-answer input[value=true]")).click();
            amy.driver().findElement(By.id("live-send")).click();
            wang.driver().findElement(By.cssSelector("#live-answer input[value=false]")).click();
            wang.driver().findElement(By.id("live-send")).click();
            for (Browser b : new Browser[] { amy, wang }) {
                b.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("live-wait")));
            }
            host.waitUpTo(Duration.ofSeconds(20)).until(d -> "2".equals(d.findElement(By.id("live-answered")).getAttribute("data-answered")));
            host.waitUpTo(Duration.ofSeconds(20)).until(d -> "1".equals(count(d, "true")) && "1".equals(count(d, "false")));
            assertEquals("kept", host.script("return window.liveMarker;"), "the histogram moved without a reload");

            h.findElement(By.id("live-reveal")).click();
            amy.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#live-verdict .is-right")));
            wang.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#live-verdict .is-wrong")));
            for (Browser b : new Browser[] { amy, wang }) {
                assertTrue(b.driver().findElements(By.id("live-explanation")).size() == 1, "the explanation after the reveal");
                assertEquals("kept", b.script("return window.liveMarker;"));
                WebElement right = b.driver().findElement(By.cssSelector("#live-options li.is-correct"));
                assertEquals("true", right.getDomAttribute("data-code"));
            }

            host.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id("live-end")));
            host.script("window.confirm = function () { return true; };");
            h.findElement(By.id("live-end")).click();
            for (Browser b : new Browser[] { amy, wang }) {
                b.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("live-summary")));
            }
            assertTrue(amy.driver().findElement(By.id("live-summary")).getText().contains("1"));

            h.findElement(By.id("live-results-link")).click();
            host.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("results-learners")));
            String results = h.findElement(By.id("results-learners")).getText();
            assertTrue(results.contains("Lin Learner"), results);
            assertEquals("2", h.findElement(By.id("result-q1")).getDomAttribute("data-answered"));
            assertEquals("1", h.findElement(By.id("result-q1")).getDomAttribute("data-correct"));
        }
    }

    private static String count(WebDriver d, String code) {
        return d.findElement(By.cssSelector("#live-histogram li[data-code=" + code + "] .live-bar-count")).getDomAttribute("data-count");
    }

    /** The code flow through Keycloak's login form, landing back on {@code path}. */
    static void signIn(Browser b, String base, String path, String user) {
        WebDriver d = b.driver();
        d.get(base + path);
        b.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("localhost:" + KeycloakServer.HTTP_PORT + "/realms/academy/"));
        d.findElement(By.id("username")).sendKeys(user);
        d.findElement(By.id("password")).sendKeys(user);
        d.findElement(By.id("kc-login")).click();
        b.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(base));
    }
}
