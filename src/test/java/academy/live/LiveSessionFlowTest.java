package academy.live;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import academy.Forms;
import academy.grades.GradesProfile;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * A live session from setup to results through the pages, the JSON API and the event stream, on the quiz fixture
 * (01-basics.first: pick-one single, pick-many multiple, yes-no true/false are live; four other types are left out).
 * Who may do what: the class's lead hosts; learners of the class join with the code; a learner of another class,
 * another class's lead, unknown ids — all 404; no answer or explanation reaches a learner before the reveal.
 */
@QuarkusTest
@TestProfile(GradesProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveSessionFlowTest {

    static final String QUIZ = "01-basics.first";
    static final String CLASS_A = "/onboarding/live-a";
    static final String CLASS_B = "/onboarding/live-b";
    static final Pattern HOST = Pattern.compile("/live/(\\d+)/host");

    static long session;
    static String code;

    @TestHTTPResource("/")
    URL root;

    @Test
    @Order(1)
    @TestSecurity(user = "live-lead", roles = { "learner", "instructor" })
    void theLeadSetsUpASessionFromAQuiz() {
        LiveFixture.signedIn("live-lead", "Lu Lead", CLASS_A + "/leads");
        LiveFixture.signedIn("lina", "Lina", CLASS_A);
        LiveFixture.signedIn("leo", "Leo", CLASS_A);
        LiveFixture.signedIn("olga", "Olga", CLASS_B);
        LiveFixture.signedIn("other-lead", "Otto", CLASS_B + "/leads");
        long classA = LiveFixture.cohortOf(CLASS_A);

        String setup = "/live/new?cohort=" + classA + "&quiz=" + QUIZ;
        given().get(setup).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("value=\"pick-one\""))
                .body(containsString("value=\"pick-many\""))
                .body(containsString("value=\"yes-no\""))
                .body(not(containsString("value=\"name-it\"")))
                .body(containsString("4 道题的题型"));
        given().get("/live/new?cohort=" + LiveFixture.cohortOf(CLASS_B)).then().statusCode(404);

        // bad posts: a timer out of range, an unknown leaderboard, a question of another type
        Forms.from(setup).formParam("cohort", classA).formParam("quiz", QUIZ).formParam("timer", "2").formParam("board", "ACCURACY")
                .post("/live/sessions").then().statusCode(400).body(containsString("5 到 3600 秒"));
        Forms.from(setup).formParam("cohort", classA).formParam("quiz", QUIZ).formParam("board", "FASTEST")
                .post("/live/sessions").then().statusCode(400).body(containsString("排行榜"));
        Forms.from(setup).formParam("cohort", classA).formParam("quiz", QUIZ).formParam("board", "ACCURACY").formParam("question", "name-it")
                .post("/live/sessions").then().statusCode(400);
        // no CSRF token: refused
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("cohort", classA)
                .formParam("quiz", QUIZ).formParam("board", "ACCURACY").post("/live/sessions").then().statusCode(400);

        Response created = Forms.from(setup).formParam("cohort", classA).formParam("quiz", QUIZ).formParam("board", "ACCURACY")
                .post("/live/sessions");
        assertEquals(303, created.statusCode(), created.asString());
        Matcher m = HOST.matcher(created.header("Location"));
        assertTrue(m.find(), created.header("Location"));
        session = Long.parseLong(m.group(1));
        LiveSession s = LiveFixture.session(session);
        code = s.joinCode;
        assertTrue(code.matches("\\d{6}"));
        assertEquals(code, s.openCode);

        given().get("/live/" + session + "/host").then().statusCode(200)
                .body(containsString(code)).body(containsString("id=\"live-qr\"")).body(containsString("id=\"live-next\""));
        given().get("/live/" + session + "/qr.svg").then().statusCode(200).contentType(containsString("image/svg+xml"))
                .body(containsString("<svg")).body(containsString("<path d=\"M"));
        given().get("/cohorts/" + classA + "/live").then().statusCode(200).body(containsString("data-session=\"" + session + "\""));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "lina", roles = "learner")
    void aLearnerOfTheClassJoinsWithTheCode() {
        given().get("/live").then().statusCode(200).body(containsString("id=\"live-code\""));
        given().get("/live?code=" + code).then().statusCode(200).body(containsString("value=\"" + code + "\""));
        // not a session of hers yet
        given().get("/live/" + session).then().statusCode(404);

        String wrong = code.equals("000000") ? "000001" : "000000";
        Forms.from("/live").formParam("code", wrong).post("/live/join").then().statusCode(404).body(containsString("没有找到这个课堂码"));
        Forms.from("/live").formParam("code", "12ab").post("/live/join").then().statusCode(400).body(containsString("6 位数字"));
        Response joined = Forms.from("/live").formParam("code", code.substring(0, 3) + " " + code.substring(3)).post("/live/join");
        assertEquals(303, joined.statusCode(), joined.asString());
        assertTrue(joined.header("Location").endsWith("/live/" + session));
        // joining twice is harmless
        Forms.from("/live").formParam("code", code).post("/live/join").then().statusCode(303);
        assertEquals(1, LiveFixture.count("participants", session));

        given().get("/live/" + session).then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("id=\"live-waiting\"")).body(containsString("data-events=\"/live/" + session + "/events\""));
        // answering in the lobby
        given().contentType("application/json").body(Map.of("index", 0, "answer", List.of("o1")))
                .post("/api/live/" + session + "/answers").then().statusCode(409).body("detail", containsString("不接受作答"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "leo", roles = "learner")
    void theSecondLearnerJoinsThroughTheApi() {
        given().contentType("application/json").body(Map.of("code", code)).post("/api/live/join").then().statusCode(200)
                .body("session", equalTo((int) session)).body("phase", equalTo("LOBBY"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "olga", roles = "learner")
    void aLearnerOfAnotherClassCannotJoinOrSeeIt() {
        Forms.from("/live").formParam("code", code).post("/live/join").then().statusCode(404).body(containsString("没有找到这个课堂码"));
        given().contentType("application/json").body(Map.of("code", code)).post("/api/live/join").then().statusCode(404);
        given().get("/live/" + session).then().statusCode(404);
        given().get("/live/" + session + "/panel").then().statusCode(404);
        given().get("/api/live/" + session).then().statusCode(404);
        given().get("/live/" + session + "/events").then().statusCode(404);
        given().get("/live/" + session + "/host").then().statusCode(404);
        given().get("/live/" + session + "/results").then().statusCode(404);
        given().contentType("application/json").body(Map.of("version", 0)).post("/api/live/" + session + "/next").then().statusCode(404);
        given().get("/live/99999999").then().statusCode(404);
        given().get("/live/x'--").then().statusCode(404);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "other-lead", roles = { "learner", "instructor" })
    void anotherClassesLeadCannotHostIt() {
        given().get("/live/" + session + "/host").then().statusCode(404);
        given().get("/live/" + session + "/qr.svg").then().statusCode(404);
        given().get("/api/live/" + session + "/results").then().statusCode(404);
        given().get("/api/live/" + session + "/counts").then().statusCode(404);
        given().get("/cohorts/" + LiveFixture.cohortOf(CLASS_A) + "/live").then().statusCode(404);
        given().contentType("application/json").body(Map.of("cohort", LiveFixture.cohortOf(CLASS_A), "quiz", QUIZ))
                .post("/api/live/sessions").then().statusCode(404);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "live-lead", roles = { "learner", "instructor" })
    void theLeadOpensTheFirstQuestionOnceEvenWhenClickedTwice() {
        int version = LiveFixture.session(session).version;
        String host = "/live/" + session + "/host";
        Response first = Forms.from(host).formParam("version", version).post("/live/" + session + "/next");
        assertEquals(303, first.statusCode());
        // the second click carries the same (now old) version: refused, still question 1
        Response second = Forms.from(host).formParam("version", version).post("/live/" + session + "/next");
        assertTrue(second.header("Location").contains("notice=CHANGED"), second.header("Location"));
        assertEquals(0, LiveFixture.session(session).currentIndex);
        // the big screen shows the question and its options, never which one is right before the reveal
        given().get(host).then().statusCode(200).body(containsString("第 1 题 / 共 3 题")).body(not(containsString("is-correct")))
                .body(not(containsString("live-explanation"))).body(containsString("id=\"live-reveal\""));
        given().get(host + "?notice=CHANGED").then().statusCode(200).body(containsString("课堂状态刚刚被改变"));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "lina", roles = "learner")
    void theLearnerSeesTheQuestionWithoutItsKeyAndAnswersOnce() {
        String page = given().get("/live/" + session).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"live-answer\""), page);
        assertFalse(page.contains("is-correct"), "no key before the reveal");
        assertFalse(page.contains("live-explanation"));
        assertFalse(page.contains("value=\"a\"") || page.contains("value=\"b\"") || page.contains("value=\"c\""), "author ids never leave the server");
        assertTrue(page.contains("value=\"o1\"") && page.contains("value=\"o3\""));
        String json = given().get("/api/live/" + session).then().statusCode(200).body("phase", equalTo("QUESTION"))
                .body("question.options.size()", equalTo(3)).body("reveal", equalTo(null)).body("answered", equalTo(null))
                .extract().asString();
        assertFalse(json.contains("explanation") && json.contains("\"correct\""), json);

        List<String> right = LiveFixture.rightCodes(session, 0);
        given().contentType("application/json").body(Map.of("index", 0, "answer", right)).post("/api/live/" + session + "/answers")
                .then().statusCode(201).body("accepted", equalTo(true)).body(not(containsString("correct")));
        given().contentType("application/json").body(Map.of("index", 0, "answer", right)).post("/api/live/" + session + "/answers")
                .then().statusCode(409).body("detail", containsString("已经回答过"));
        given().contentType("application/json").body(Map.of("index", 1, "answer", right)).post("/api/live/" + session + "/answers")
                .then().statusCode(409).body("detail", containsString("另一道题"));
        given().contentType("application/json").body(Map.of("index", 0, "answer", List.of("zz"))).post("/api/live/" + session + "/answers")
                .then().statusCode(400);
        given().contentType("application/json").body("{\"index\":").post("/api/live/" + session + "/answers").then().statusCode(400);
        given().get("/live/" + session).then().statusCode(200).body(containsString("id=\"live-wait\"")).body(not(containsString("id=\"live-answer\"")));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "leo", roles = "learner")
    void theOtherLearnerAnswersWrongThroughTheForm() {
        String wrong = LiveFixture.wrongCode(session, 0);
        Response r = Forms.from("/live/" + session).formParam("index", 0).formParam("answer", wrong).post("/live/" + session + "/answer");
        assertEquals(303, r.statusCode());
        assertFalse(r.header("Location").contains("notice"), r.header("Location"));
        // an empty form post says what is wrong
        Response empty = Forms.from("/live/" + session).formParam("index", 0).post("/live/" + session + "/answer");
        assertTrue(empty.header("Location").contains("notice="), empty.header("Location"));
    }

    @Test
    @Order(9)
    @TestSecurity(user = "live-lead", roles = { "learner", "instructor" })
    void theHostSeesTheHistogramThenReveals() {
        String right = LiveFixture.rightCodes(session, 0).get(0);
        String wrong = LiveFixture.wrongCode(session, 0);
        given().get("/api/live/" + session + "/counts").then().statusCode(200).body("joined", equalTo(2)).body("answered", equalTo(2))
                .body("histogram." + right, equalTo(1)).body("histogram." + wrong, equalTo(1));
        int version = LiveFixture.session(session).version;
        given().contentType("application/json").body(Map.of("version", version)).post("/api/live/" + session + "/reveal").then()
                .statusCode(200).body("phase", equalTo("REVEALED"));
        given().get("/live/" + session + "/host").then().statusCode(200).body(containsString("is-correct"))
                .body(containsString("live-explanation")).body(containsString("id=\"live-board\""));
    }

    @Test
    @Order(10)
    @TestSecurity(user = "lina", roles = "learner")
    void afterTheRevealTheLearnerSeesTheAnswerAndCannotAnswerAnyMore() {
        given().get("/live/" + session + "/panel").then().statusCode(200).body(containsString("is-correct")).body(containsString("回答正确"))
                .body(containsString("live-explanation")).body(containsString("你的排名：第 1 名 / 2 人"));
        given().contentType("application/json").body(Map.of("index", 0, "answer", List.of("o1"))).post("/api/live/" + session + "/answers")
                .then().statusCode(409);
        given().get("/api/live/" + session).then().statusCode(200).body("reveal.correct", equalTo(LiveFixture.rightCodes(session, 0)))
                .body("reveal.youWereRight", equalTo(true));
    }

    @Test
    @Order(11)
    @TestSecurity(user = "live-lead", roles = { "learner", "instructor" })
    void eventsReachTheStreamWhenTheSessionMoves() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        String base = root.toString().replaceAll("/$", "");
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/live/" + session + "/events")).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, resp.statusCode());
        assertEquals("no", resp.headers().firstValue("X-Accel-Buffering").orElse(""));
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    lines.add(line);
                }
            } catch (Exception ignored) {
                // closed at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        int version = LiveFixture.session(session).version;
        assertTrue(await(lines, "data:{\"version\":" + version + "}"), "the stream starts with the current version: " + lines);
        Arc.container().instance(LiveSessions.class).get().next(session, version);
        assertTrue(await(lines, "data:{\"version\":" + (version + 1) + "}"), "a state event with the new version: " + lines);
        assertTrue(await(lines, "event:counts"), "and counts: " + lines);
        resp.body().close();
    }

    private static boolean await(BlockingQueue<String> lines, String wanted) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.replace(": ", ":").startsWith(wanted)) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Order(12)
    @TestSecurity(user = "lina", roles = "learner")
    void aTimedOutAnswerIsRefused() {
        LiveFixture.expireDeadline(session);
        given().contentType("application/json").body(Map.of("index", 1, "answer", LiveFixture.rightCodes(session, 1)))
                .post("/api/live/" + session + "/answers").then().statusCode(409).body("detail", containsString("时间到"));
    }

    @Test
    @Order(13)
    @TestSecurity(user = "live-lead", roles = { "learner", "instructor" })
    void theHostEndsItAndTheResultsStay() {
        int version = LiveFixture.session(session).version;
        given().contentType("application/json").body(Map.of("version", version)).post("/api/live/" + session + "/end").then()
                .statusCode(200).body("phase", equalTo("ENDED"));
        assertEquals(null, LiveFixture.session(session).openCode);
        given().get("/api/live/" + session + "/results").then().statusCode(200).body("asked", equalTo(2)).body("joined", equalTo(2))
                .body("questions[0].answered", equalTo(2)).body("questions[0].correct", equalTo(1))
                .body("learners[0].name", equalTo("Lina")).body("learners[0].correct", equalTo(1));
        given().get("/live/" + session + "/results").then().statusCode(200).body(containsString("2 人参与，共 2 题"))
                .body(containsString("id=\"result-q1\""));
        given().get("/live/" + session + "/qr.svg").then().statusCode(404);
        given().contentType("application/json").body(Map.of("version", version + 1)).post("/api/live/" + session + "/next").then()
                .statusCode(409).body("detail", containsString("已经结束"));
        assertEquals(2, LiveFixture.count("answers", session));
    }

    @Test
    @Order(14)
    @TestSecurity(user = "lina", roles = "learner")
    void theLearnerSeesHerSummaryAndTheCodeNoLongerJoins() {
        given().get("/live/" + session).then().statusCode(200).body(containsString("id=\"live-ended\""))
                .body(containsString("你答对了 1 题，共作答 1 题（本场共 2 题）"));
        Forms.from("/live").formParam("code", code).post("/live/join").then().statusCode(404);
    }
}
