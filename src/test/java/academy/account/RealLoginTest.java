package academy.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import academy.devtools.KeycloakServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A demo learner signs in through the real Keycloak login form in headless Chromium, lands back on the
 * lesson, marks it complete, finds it on the dashboard and in the API (by session and by bearer token),
 * and logs out of the app and of Keycloak.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class RealLoginTest {

    @TestHTTPResource("/")
    URL root;

    WebDriver browser;
    WebDriverWait wait;
    Path profileDir;
    String base;

    @BeforeEach
    void openBrowser() throws IOException {
        // 127.0.0.1: the realm allows loopback redirect URIs on any port (RFC 8252), so the random test port works
        base = "http://127.0.0.1:" + root.getPort();
        profileDir = Files.createTempDirectory("academy-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--user-data-dir=" + profileDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (Stream<Path> paths = Files.walk(profileDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void learnerLogsInMarksALessonSeesItOnTheDashboardAndLogsOut() {
        String lesson = base + "/courses/demo/01-basics/first";
        browser.get(lesson);
        browser.findElement(By.id("login")).click();

        wait.until(ExpectedConditions.urlContains("localhost:" + KeycloakServer.HTTP_PORT + "/realms/academy/"));
        browser.findElement(By.id("username")).sendKeys("learner");
        browser.findElement(By.id("password")).sendKeys("learner");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.urlToBe(lesson));
        assertEquals("Lin Learner", browser.findElement(By.id("account-name")).getText());
        assertTrue(browser.getPageSource().contains("role-learner"));

        browser.findElement(By.id("mark-complete")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lesson-progress .done-note")));

        browser.get(base + "/me");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-path=beginner] .next-lesson"),
                "第二课"));
        assertTrue(browser.findElement(By.cssSelector(".recent-lessons")).getText().contains("第一课"));
        assertEquals("1", browser.findElement(By.cssSelector("[data-path=beginner] .progress-meter"))
                .getDomAttribute("data-done"));

        // the login event filled the learner row from the token claims (asynchronously)
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> Learner.<Learner>find("username", "learner").firstResultOptional()
                        .map(l -> "Lin Learner".equals(l.displayName) && "learner@academy.local".equals(l.email))
                        .orElse(false)));

        // the same progress through the API with a bearer token from the same realm
        String token = given().formParam("grant_type", "password").formParam("client_id", KeycloakServer.CLIENT_ID)
                .formParam("client_secret", KeycloakServer.DEV_CLIENT_SECRET).formParam("username", "learner")
                .formParam("password", "learner").formParam("scope", "openid")
                .post(KeycloakServer.REALM_URL + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        given().auth().oauth2(token).get(base + "/api/me/progress").then().statusCode(200)
                .body("username", equalTo("learner"))
                .body("courses[0].modules[0].lessons[0].status", equalTo("completed"));

        // a copy of the browser's cookies works while signed in ...
        java.util.Set<org.openqa.selenium.Cookie> saved = browser.manage().getCookies();
        assertTrue(saved.stream().anyMatch(c -> c.getName().startsWith("q_session")), "session cookie: " + saved);
        withCookies(saved).get(base + "/api/me/progress").then().statusCode(200).body("username", equalTo("learner"));
        // ... but cannot be used to post without the CSRF token (no token, no Content-Type, as a no-cors fetch sends)
        withCookies(saved).contentType("text/plain").body("x").post(base + "/courses/demo/01-basics/first/quiz").then().statusCode(403);
        withCookies(saved).contentType("application/x-www-form-urlencoded").post(base + "/courses/demo/01-basics/first/quiz")
                .then().statusCode(400).body(org.hamcrest.Matchers.containsString("CSRF"));
        withCookies(saved).contentType("application/json").body("{}").post(base + "/api/quizzes/01-basics.first/attempts")
                .then().statusCode(403);
        assertEquals(1, ((Number) QuarkusTransaction.requiringNew().call(() -> Learner.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM oidc_session").getSingleResult())).intValue(),
                "the tokens live on the server, one row per signed-in browser");

        browser.findElement(By.id("account-name")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        // back on the home page; Quarkus OIDC adds the state it checks for the post-logout redirect
        wait.until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(base) + "/(\\?state=[^&]+)?$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));

        // sign-out ended the session on the server: the copied cookies open nothing any more
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ((Number) QuarkusTransaction.requiringNew().call(
                () -> Learner.getEntityManager().createNativeQuery("SELECT COUNT(*) FROM oidc_session").getSingleResult())).intValue() == 0);
        int api = withCookies(saved).get(base + "/api/me/progress").then().extract().statusCode();
        assertTrue(api == 401 || api == 302, "the learner API after sign-out answers " + api);
        int me = withCookies(saved).get(base + "/me").then().extract().statusCode();
        assertTrue(me == 302 || me == 303 || me == 401, "/me after sign-out answers " + me);

        // the Keycloak session ended too: signing in again asks for the password
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
    }

    static io.restassured.specification.RequestSpecification withCookies(java.util.Set<org.openqa.selenium.Cookie> cookies) {
        io.restassured.specification.RequestSpecification spec = given().redirects().follow(false);
        for (org.openqa.selenium.Cookie c : cookies) {
            spec = spec.cookie(c.getName(), c.getValue());
        }
        return spec;
    }
}
