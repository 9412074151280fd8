package academy.security;

import static academy.quiz.web.QuizPagesAccess.formFrom;
import static academy.quiz.web.QuizPagesAccess.start;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import academy.quiz.AttemptCodes;
import academy.quiz.AttemptState;
import academy.quiz.QuizAppProfile;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttempts;
import academy.quiz.content.Question;
import academy.quiz.content.QuizCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * What an attacker or a careless client sends, across every state-changing endpoint: each gets a 4xx
 * that says what is wrong in the user's language, no stack trace, and nothing is stored.
 * A {@code q_session} cookie stands for a signed-in browser (the identity itself comes from @TestSecurity).
 */
@QuarkusTest
@TestProfile(QuizAppProfile.class)
class HostileInputTest {

    static final String FIRST_QUIZ = "/courses/demo/01-basics/first/quiz";
    static final String SESSION = "q_session";

    @Inject
    QuizAttempts attempts;

    @Inject
    QuizCatalog catalog;

    static List<QuizAttempt> stored(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> QuizAttempt.forSubject(subject));
    }

    static void noStackTrace(ValidatableResponse r) {
        r.body(not(containsString("Exception")), not(containsString("at academy.")), not(containsString("at io.quarkus")));
    }

    /** Every POST endpoint of the app, as (path, a body that would otherwise be acceptable). */
    static List<String[]> postEndpoints(String token) {
        return List.of(
                new String[] { FIRST_QUIZ, "" },
                new String[] { "/courses/demo/01-basics/exam", "" },
                new String[] { "/me/attempts/" + token, "q.yes-no=true" },
                new String[] { "/me/attempts/" + token + "/draft", "q.yes-no=true" },
                new String[] { "/api/me/attempts/" + token + "/answers", "{\"answers\": {\"yes-no\": true}}" },
                new String[] { "/me/mistakes/1/dismiss", "" },
                new String[] { "/me/complete", "course=demo&module=01-basics&lesson=first" },
                new String[] { "/me/reset", "course=demo&path=beginner" },
                new String[] { "/api/quizzes/01-basics.first/attempts", "{}" },
                new String[] { "/cohorts", "name=x" },
                new String[] { "/cohorts/1/assignments", "kind=PATH&path=beginner&startDate=2026-12-01" },
                new String[] { "/cohorts/1/assignments/1", "kind=PATH&path=beginner&startDate=2026-12-01" },
                new String[] { "/cohorts/1/assignments/1/remove", "" },
                new String[] { "/cohorts/1/members", "username=x&role=LEARNER" },
                new String[] { "/cohorts/1/members/1/end", "" },
                new String[] { "/cohorts/1/name", "name=x" },
                new String[] { "/me/review/add", "attempt=" + token + "&question=yes-no" },
                new String[] { "/me/review/1/answer", "q.yes-no=true" },
                new String[] { "/me/review/1/rate", "rating=good" },
                new String[] { "/cohorts/1/overrides", "quiz=01-basics.first&maxAttempts=3" },
                new String[] { "/cohorts/1/overrides/1/delete", "" },
                new String[] { "/live/join", "code=123456" },
                new String[] { "/live/sessions", "cohort=1&quiz=01-basics.first&board=ACCURACY" },
                new String[] { "/live/1/answer", "index=0&answer=o1" },
                new String[] { "/live/1/next", "version=0" },
                new String[] { "/live/1/reveal", "version=0" },
                new String[] { "/live/1/end", "version=0" },
                new String[] { "/api/live/join", "{\"code\": \"123456\"}" },
                new String[] { "/api/live/sessions", "{\"cohort\": 1, \"quiz\": \"01-basics.first\"}" },
                new String[] { "/api/live/1/answers", "{\"index\": 0, \"answer\": [\"o1\"]}" },
                new String[] { "/api/live/1/next", "{\"version\": 0}" },
                new String[] { "/api/live/1/reveal", "{\"version\": 0}" },
                new String[] { "/api/live/1/end", "{\"version\": 0}" });
    }

    @Test
    @TestSecurity(user = "csrf-victim", roles = "learner")
    void aSignedInBrowserCannotBeMadeToPostWithoutAToken() {
        String token = start(FIRST_QUIZ);
        for (String[] endpoint : postEndpoints(token)) {
            // no token, no Content-Type: what fetch(..., {mode: 'no-cors', credentials: 'include'}) can send
            ValidatableResponse r = given().redirects().follow(false).cookie(SESSION, "stolen-ride").body(endpoint[1])
                    .post(endpoint[0]).then().statusCode(403);
            noStackTrace(r);
            r.body(containsString(endpoint[0].startsWith("/api/") ? "CSRF" : "缺少有效的 CSRF 令牌"));
            // text/plain is another "simple" cross-site content type
            given().redirects().follow(false).cookie(SESSION, "stolen-ride").contentType("text/plain").body(endpoint[1])
                    .post(endpoint[0]).then().statusCode(403);
        }
        // a form without its token: quarkus-rest-csrf refuses it, and the page says why
        for (String[] endpoint : postEndpoints(token)) {
            if (!endpoint[0].startsWith("/api/")) {
                ValidatableResponse r = given().redirects().follow(false).cookie(SESSION, "stolen-ride")
                        .contentType("application/x-www-form-urlencoded").body(endpoint[1]).post(endpoint[0]).then().statusCode(400);
                r.body(containsString("缺少有效的 CSRF 令牌"));
            }
        }
        List<QuizAttempt> mine = stored("csrf-victim");
        assertEquals(1, mine.size(), "no attempt was started");
        assertEquals(AttemptState.IN_PROGRESS, mine.get(0).state, "no attempt was graded");
    }

    @Test
    @TestSecurity(user = "cross-site", roles = "learner")
    void requestsFromAnotherOriginAreRefusedEvenWithAToken() {
        String token = start(FIRST_QUIZ);
        String url = "/me/attempts/" + token;
        formFrom(url).cookie(SESSION, "x").header("Sec-Fetch-Site", "same-site").formParam("q.yes-no", "true").post(url)
                .then().statusCode(403).body(containsString("来自其他网站"));
        formFrom(url).cookie(SESSION, "x").header("Origin", "http://localhost:9999").formParam("q.yes-no", "true").post(url)
                .then().statusCode(403);
        formFrom(url).cookie(SESSION, "x").header("Origin", "null").formParam("q.yes-no", "true").post(url)
                .then().statusCode(403);
        given().cookie(SESSION, "x").contentType(ContentType.JSON).header("Sec-Fetch-Site", "cross-site").body("{}")
                .post("/api/quizzes/01-basics.first/attempts").then().statusCode(403).contentType("application/problem+json");
        assertEquals(AttemptState.IN_PROGRESS, stored("cross-site").get(0).state);
        // the same form from this origin goes through
        formFrom(url).cookie(SESSION, "x").header("Sec-Fetch-Site", "same-origin").formParam("q.yes-no", "true").post(url)
                .then().statusCode(303);
    }

    @Test
    @TestSecurity(user = "json-browser", roles = "learner")
    void jsonFromOurOwnPagesCarriesTheHeaderToken() {
        String csrf = given().get(FIRST_QUIZ).then().statusCode(200).extract().cookie("academy-csrf");
        given().cookie(SESSION, "x").cookie("academy-csrf", csrf).header("X-CSRF-TOKEN", csrf + "x").contentType(ContentType.JSON)
                .body("{}").post("/api/quizzes/01-basics.first/attempts").then().statusCode(403);
        given().cookie(SESSION, "x").cookie("academy-csrf", csrf).header("X-CSRF-TOKEN", csrf).contentType(ContentType.JSON)
                .body("{}").post("/api/quizzes/01-basics.first/attempts").then().statusCode(201);
        // a bearer-token client needs no CSRF token: browsers cannot attach that header cross-origin
        given().header("Authorization", "Bearer for-the-test-identity").contentType(ContentType.JSON).body("{}")
                .post("/api/quizzes/01-basics.second/attempts").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "content-type", roles = "learner")
    void anEmptyOrMalformedContentTypeIsAClientError() {
        String token = start(FIRST_QUIZ);
        for (String[] endpoint : postEndpoints(token)) {
            for (String type : List.of("", "garbage", "text/")) {
                ValidatableResponse r = given().redirects().follow(false).header("Content-Type", type)
                        .body(endpoint[1].getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .post(endpoint[0]).then().statusCode(415);
                noStackTrace(r);
                r.body(containsString("Content-Type"));
            }
        }
        assertEquals(1, stored("content-type").size());
    }

    @Test
    @TestSecurity(user = "huge-numbers", roles = "learner")
    void hugeNumbersAreRejectedBeforeAnyArithmetic() {
        String token = given().contentType(ContentType.JSON).body("{}").post("/api/quizzes/01-basics.first/attempts")
                .then().statusCode(201).extract().path("token");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String number : List.of("1e4000", "1e1000000", "1e10000000", "9e999999999999", "1" + "0".repeat(60))) {
                given().contentType(ContentType.JSON)
                        .body("{\"attempt\": \"" + token + "\", \"answers\": {\"default-value\": \"" + number + "\"}}")
                        .post("/api/quizzes/01-basics.first/attempts").then().statusCode(400)
                        .contentType("application/problem+json").body("detail", containsString("default-value"));
            }
        }, "a short number must never take a CPU for long");
        given().contentType(ContentType.JSON).body("{\"attempt\": \"" + token + "\", \"answers\": {\"default-value\": \"" + "1".repeat(65) + "\"}}")
                .post("/api/quizzes/01-basics.first/attempts").then().statusCode(400)
                .body("detail", containsString("数字太长（最多 64 个字符）"), "detail", not(containsString("500")));
        given().contentType(ContentType.JSON).body("{\"attempt\": \"" + token + "\", \"answers\": {\"default-value\": \"1e400\"}}")
                .post("/api/quizzes/01-basics.first/attempts").then().statusCode(400).body("detail", containsString("超出可接受的范围"));
        assertEquals(AttemptState.IN_PROGRESS, stored("huge-numbers").get(0).state);
        // an ordinary answer in scientific notation still works
        given().contentType(ContentType.JSON).body("{\"attempt\": \"" + token + "\", \"answers\": {\"default-value\": \"4.242e3\"}}")
                .post("/api/quizzes/01-basics.first/attempts").then().statusCode(200);
        assertEquals(AttemptState.FINISHED, stored("huge-numbers").get(0).state);
    }

    @Test
    @TestSecurity(user = "bad-json", roles = "learner")
    void malformedJsonSaysWhatIsWrong() {
        String token = given().contentType(ContentType.JSON).body("{}").post("/api/quizzes/01-basics.first/attempts")
                .then().statusCode(201).extract().path("token");
        for (String body : List.of("{\"answers\": \"x\"}", "{\"answers\": [1, 2]}", "{\"attempt\": \"" + token + "\", \"attempt\": \"other\"}",
                "{\"attempt\": \"" + token + "\", \"answers\": {\"yes-no\": true, \"yes-no\": false}}", "{\"answers\": {", "[]",
                "{\"unknown\": 1}", "not json")) {
            ValidatableResponse r = given().contentType(ContentType.JSON).body(body).post("/api/quizzes/01-basics.first/attempts")
                    .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json").body("detail", containsString("JSON"));
            noStackTrace(r);
        }
        assertEquals(AttemptState.IN_PROGRESS, stored("bad-json").get(0).state, "nothing was graded");
    }

    @Test
    @TestSecurity(user = "api-restarter", roles = "learner")
    void startingAnOpenAttemptAgainResumesIt() throws Exception {
        String first = given().contentType(ContentType.JSON).body("{}").post("/api/quizzes/01-basics.first/attempts")
                .then().statusCode(201).extract().path("token");
        given().contentType(ContentType.JSON).body("{}").post("/api/quizzes/01-basics.first/attempts")
                .then().statusCode(201).body("token", equalTo(first), "questions.size()", equalTo(7));
    }

    @Test
    void parallelStartsCreateOneAttempt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<String>> starts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                starts.add(() -> attempts.start("parallel-starter", catalog.quiz("01-basics.first").orElseThrow()).token);
            }
            Set<String> tokens = new HashSet<>();
            for (Future<String> f : pool.invokeAll(starts)) {
                tokens.add(f.get());
            }
            assertEquals(1, tokens.size(), "every concurrent start resumed the same attempt");
            assertEquals(1, stored("parallel-starter").size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theShuffleNeverAvoidsTheAnswer() {
        Question chain = catalog.quiz("01-basics.first").orElseThrow().question("chain").orElseThrow();
        Question pairs = catalog.quiz("01-basics.first").orElseThrow().question("pairs").orElseThrow();
        Set<List<String>> orders = new HashSet<>();
        Set<List<String>> rightOrders = new HashSet<>();
        for (int i = 0; i < 600; i++) {
            orders.add(attempts.shownOrder(chain, true));
            rightOrders.add(attempts.shownOrder(pairs, false));
        }
        assertEquals(6, orders.size(), "all 3! orders appear, the answer order included: " + orders);
        assertTrue(orders.contains(chain.key().optionIds()));
        List<String> keyOrder = pairs.left().stream().map(l -> pairs.key().pairs().get(l.id())).toList();
        assertTrue(rightOrders.stream().anyMatch(o -> o.subList(0, keyOrder.size()).equals(keyOrder)),
                "the right column also appears in key order: " + rightOrders);
    }

    @Test
    @TestSecurity(user = "tokenless-reader", roles = "learner")
    void idsOnTheWireAreAttemptCodes() {
        String body = given().get("/api/quizzes/01-basics.first").then().statusCode(200).extract().asString();
        for (String authorId : List.of("\"api\"", "\"sched\"", "\"authn\"", "\"reflector\"", "\"listwatch\"", "\"cache\"")) {
            assertFalse(body.contains(authorId), authorId + " reaches the browser: " + body);
        }
        String token = given().contentType(ContentType.JSON).body("{}").post("/api/quizzes/01-basics.first/attempts")
                .then().statusCode(201).extract().path("token");
        Object[] codes = AttemptCodes.of(token, "chain", "authn", "authz", "admit");
        for (Object c : codes) {
            assertTrue(c.toString().matches("o[1-3]"), "ordering items are named by position: " + c);
        }
    }

    @Test
    @TestSecurity(user = "cache-check", roles = "learner")
    void personalPagesAreNeverCachedAndTheCsrfCookieIsSameSite() {
        given().get("/me").then().statusCode(200).header("Cache-Control", "no-store");
        given().get("/me/attempts").then().header("Cache-Control", "no-store");
        given().get("/me/mistakes").then().header("Cache-Control", "no-store");
        given().get("/api/me/attempts").then().header("Cache-Control", "no-store");
        String setCookie = given().get(FIRST_QUIZ).then().statusCode(200).extract().header("Set-Cookie");
        assertTrue(setCookie.contains("academy-csrf=") && setCookie.contains("SameSite=Lax"), setCookie);
    }

    @Test
    void overlongUrlsGetA414WithTheSecurityHeaders() {
        given().get("/courses/" + "x".repeat(9000)).then().statusCode(414)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
    }

    @Test
    void metricsAreClosedByDefault() {
        given().get("/q/metrics").then().statusCode(401);
    }
}
