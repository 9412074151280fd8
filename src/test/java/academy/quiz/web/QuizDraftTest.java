package academy.quiz.web;

import static academy.quiz.web.QuizPages.FIRST_QUIZ;
import static academy.quiz.web.QuizPages.SECOND_QUIZ;
import static academy.quiz.web.QuizPages.formFrom;
import static academy.quiz.web.QuizPages.start;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import academy.quiz.AttemptCodes;
import academy.quiz.AttemptState;
import academy.quiz.QuizAppProfile;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttempts;
import academy.quiz.content.QuizCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Answers saved while an attempt is open: stored on the server, restored on the page, under the same rules as a submission. */
@QuarkusTest
@TestProfile(QuizAppProfile.class)
class QuizDraftTest {

    @Inject
    QuizAttempts attempts;

    @Inject
    QuizCatalog catalog;

    @Inject
    ObjectMapper json;

    /** A JSON draft save as the attempt page sends it: the CSRF cookie and the same value in X-CSRF-TOKEN. */
    static ValidatableResponse saveDraft(String token, Map<String, Object> answers, String... acceptLanguage) {
        String csrf = given().get(FIRST_QUIZ).then().extract().cookie("academy-csrf");
        var request = given().cookie("q_session", "signed-in").cookie("academy-csrf", csrf).header("X-CSRF-TOKEN", csrf)
                .contentType(ContentType.JSON).body(Map.of("answers", answers));
        if (acceptLanguage.length > 0) {
            request = request.header("Accept-Language", acceptLanguage[0]);
        }
        return request.post("/api/me/attempts/" + token + "/answers").then();
    }

    static Map<String, String> drafts(String token) {
        return QuarkusTransaction.requiringNew().call(() -> QuizAttempt.findByToken(token).orElseThrow().answers.stream()
                .filter(a -> a.draft != null).collect(Collectors.toMap(a -> a.questionId, a -> a.draft)));
    }

    /** The HTML of one question's fieldset on the attempt page. */
    static String fieldset(String page, String questionId) {
        int start = page.indexOf("data-question=\"" + questionId + "\"");
        assertTrue(start >= 0, questionId + " on the page");
        return page.substring(start, page.indexOf("</fieldset>", start));
    }

    static String code(String token, String question, String authorId) {
        return (String) AttemptCodes.of(token, question, authorId)[0];
    }

    @Test
    @TestSecurity(user = "draft-saver", roles = "learner")
    void answersAreSavedAndRestoredOnReload() {
        String token = start(FIRST_QUIZ);
        String url = "/me/attempts/" + token;
        given().get(url).then().statusCode(200).body(containsString("0 / 7 已作答"));

        saveDraft(token, Map.of("pick-one", List.of(code(token, "pick-one", "a")))).statusCode(200)
                .body("answered", equalTo(1), "total", equalTo(7));
        saveDraft(token, Map.of("name-it", "my <b>own</b> words", "chain",
                Arrays.asList(AttemptCodes.of(token, "chain", "authz", "", "admit")),
                "pairs", Map.of(code(token, "pairs", "reflector=listwatch").split("=")[0], code(token, "pairs", "reflector=listwatch").split("=")[1]),
                "pick-many", List.of(code(token, "pick-many", "api"), code(token, "pick-many", "kubelet")),
                "yes-no", true, "default-value", "12.5 秒")).statusCode(200).body("answered", equalTo(7));

        String page = given().get(url).then().statusCode(200).extract().asString();
        assertTrue(page.contains("7 / 7 已作答"), "counter counts saved answers");
        assertTrue(fieldset(page, "pick-one").contains("value=\"" + code(token, "pick-one", "a") + "\" checked"), "single restored");
        String many = fieldset(page, "pick-many");
        assertTrue(many.contains("value=\"" + code(token, "pick-many", "api") + "\" checked")
                && many.contains("value=\"" + code(token, "pick-many", "kubelet") + "\" checked")
                && !many.contains("value=\"" + code(token, "pick-many", "sched") + "\" checked"), "multiple restored");
        assertTrue(fieldset(page, "yes-no").contains("value=\"true\" checked"), "true/false restored");
        assertTrue(fieldset(page, "name-it").contains("value=\"my &lt;b&gt;own&lt;/b&gt; words\""), "fill restored, escaped: " + page);
        assertTrue(fieldset(page, "default-value").contains("value=\"12.5\""), "numeric restored as its number");
        String chain = fieldset(page, "chain");
        String[] positions = chain.split("<select ");
        assertEquals(4, positions.length, "three selects");
        assertTrue(positions[1].contains("<option value=\"" + code(token, "chain", "authz") + "\" selected>"), "ordering position 1");
        assertFalse(positions[2].contains(" selected>"), "ordering position 2 left empty");
        assertTrue(positions[3].contains("<option value=\"" + code(token, "chain", "admit") + "\" selected>"), "ordering position 3");
        String pair = (String) AttemptCodes.of(token, "pairs", "reflector=listwatch")[0];
        assertTrue(fieldset(page, "pairs").contains("<option value=\"" + pair + "\" selected>"), "match pair restored");
        assertEquals(1, fieldset(page, "pairs").split(" selected>").length - 1, "only the saved row is chosen");
        for (String marker : QuizFlowTest.KEY_MARKERS) {
            assertFalse(page.contains(marker), "the restored page leaks no key: " + marker);
        }
        // the navigator marks what is answered and what is not
        assertTrue(page.contains("href=\"#question-1\" data-nav=\"pick-one\" class=\"is-answered\""), page);
        assertTrue(page.contains("href=\"#question-6\" data-nav=\"default-value\" class=\"is-answered\""), page);
        assertTrue(page.contains("href=\"#question-7\" data-nav=\"pairs\" class=\"is-answered\""), page);
        assertTrue(page.contains("href=\"#question-5\" data-nav=\"chain\" class=\"is-answered\""), page);
        given().get("/api/me/attempts/" + token).then().statusCode(200)
                .body("questions.find { it.id == 'pick-one' }.saved", equalTo(List.of(code(token, "pick-one", "a"))),
                        "questions.find { it.id == 'name-it' }.saved", equalTo(List.of("my <b>own</b> words")));

        // clearing an answer is saving an empty one
        saveDraft(token, Map.of("yes-no", List.of())).statusCode(200).body("answered", equalTo(6));
        assertFalse(drafts(token).containsKey("yes-no"));
        assertTrue(given().get(url).then().extract().asString().contains("href=\"#question-3\" data-nav=\"yes-no\" class=\"\""));

        // the drafts are stored canonically, in author ids
        assertEquals("[\"a\"]", drafts(token).get("pick-one"));
        assertEquals(AttemptState.IN_PROGRESS, QuarkusTransaction.requiringNew().call(() -> QuizAttempt.findByToken(token).orElseThrow().state));
    }

    @Test
    @TestSecurity(user = "no-script", roles = "learner")
    void theSaveButtonStoresTheWholeFormWithoutJavaScript() {
        String token = start(FIRST_QUIZ);
        String url = "/me/attempts/" + token;
        saveDraft(token, Map.of("yes-no", "false")).statusCode(200);
        formFrom(url).formParam("q.pick-one", AttemptCodes.of(token, "pick-one", "b")).formParam("q.name-it", "kube")
                .post(url + "/draft").then().statusCode(303).header("Location", endsWith(url + "?saved=true"));
        assertEquals(Map.of("pick-one", "[\"b\"]", "name-it", "[\"kube\"]"), drafts(token), "the form replaces every draft");
        given().get(url + "?saved=true").then().statusCode(200).body(containsString("答案已保存"), containsString("2 / 7 已作答"),
                containsString("value=\"kube\""));
        // bad input in the form is refused as a submission would be, and nothing changes
        formFrom(url).formParam("q.pick-one", "b").post(url + "/draft").then().statusCode(400)
                .body(containsString("题目 pick-one 的答案包含不存在的选项"));
        assertEquals(Map.of("pick-one", "[\"b\"]", "name-it", "[\"kube\"]"), drafts(token));
    }

    @Test
    @TestSecurity(user = "draft-rules", roles = "learner")
    void draftsFollowTheSubmissionRules() {
        String token = start(FIRST_QUIZ);
        saveDraft(token, Map.of("pick-one", List.of(code(token, "pick-one", "a")))).statusCode(200);

        // the author's id instead of this attempt's code is an unknown option
        saveDraft(token, Map.of("pick-one", "a")).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("题目 pick-one 的答案包含不存在的选项"));
        saveDraft(token, Map.of("pick-one", "a"), "en").statusCode(400).body("detail", containsString("names an option that does not exist"));
        saveDraft(token, Map.of("no-such-question", "x")).statusCode(400).body("detail", containsString("no-such-question"));
        saveDraft(token, Map.of("pick-one", List.of(code(token, "pick-one", "a"), code(token, "pick-one", "b")))).statusCode(400)
                .body("detail", containsString("答案格式不对"));
        saveDraft(token, Map.of("name-it", "x".repeat(501))).statusCode(400).body("detail", containsString("答案太长（最多 500 个字符）"));
        saveDraft(token, Map.of("default-value", "1e999999")).statusCode(400).body("detail", containsString("超出可接受的范围"));
        saveDraft(token, Map.of("pick-many", java.util.Collections.nCopies(51, code(token, "pick-many", "api")))).statusCode(400);
        saveDraft(token, Map.of("pairs", Map.of("l1", Map.of("nested", "x")))).statusCode(400);
        saveDraft(token, Map.of()).statusCode(400);
        // one bad answer in a batch stores none of it
        saveDraft(token, Map.of("name-it", "fine", "pick-one", "zz")).statusCode(400);
        assertEquals(Map.of("pick-one", "[\"a\"]"), drafts(token), "only the first, good save is stored");

        // an unknown or another learner's attempt is not found
        saveDraft("no-such-token", Map.of("pick-one", "o1")).statusCode(404);
        String alices = attempts.start("draft-alice", catalog.quiz("01-basics.first").orElseThrow()).token;
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("yes-no", "true")))
                .post("/api/me/attempts/" + alices + "/answers").then().statusCode(404);
        formFrom(FIRST_QUIZ).formParam("q.yes-no", "true").post("/me/attempts/" + alices + "/draft").then().statusCode(404);
        assertEquals(Map.of(), drafts(alices), "nothing was saved into alice's attempt");

        // a graded attempt takes no more drafts
        formFrom("/me/attempts/" + token).formParam("q.pick-one", AttemptCodes.of(token, "pick-one", "a")).post("/me/attempts/" + token)
                .then().statusCode(303);
        saveDraft(token, Map.of("pick-one", List.of(code(token, "pick-one", "b")))).statusCode(409)
                .body("detail", containsString("已经提交评分"));
        formFrom("/me/attempts/" + token).formParam("q.yes-no", "true").post("/me/attempts/" + token + "/draft").then().statusCode(409)
                .body(containsString("已经提交评分"));
    }

    @Test
    @TestSecurity(user = "draft-late", roles = "learner")
    void afterTheTimeLimitDraftsAreRefusedAndTheAttemptIsGradedOnThoseSavedInTime() {
        String token = start(SECOND_QUIZ);
        saveDraft(token, Map.of("q1", code(token, "q1", "b"))).statusCode(200);
        Instant past = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        QuarkusTransaction.requiringNew().run(() -> QuizAttempt.update("startedAt = ?1, deadlineAt = ?2 where token = ?3",
                past, past.plus(5, ChronoUnit.MINUTES), token));

        saveDraft(token, Map.of("q2", "true"), "en").statusCode(409).body("detail", containsString("Time is up"));
        // the refusal graded it: from now on it is simply graded
        saveDraft(token, Map.of("q2", "true")).statusCode(409).body("detail", containsString("已经提交评分"));
        QuizAttempt graded = QuarkusTransaction.requiringNew().call(() -> QuizAttempt.findByToken(token).orElseThrow());
        assertEquals(AttemptState.FINISHED, graded.state);
        assertTrue(graded.late);
        assertEquals(50, graded.scorePercent, "q1 was saved in time and counts; q2 came too late");
        given().get("/me/attempts/" + token).then().statusCode(200).body(containsString("超过了时间限制"), containsString("及格线 80%"));
    }

    @Test
    @TestSecurity(user = "draft-result", roles = "learner")
    void theResultShowsThePassMarkAndTheNextLesson() {
        String token = start(FIRST_QUIZ);
        formFrom("/me/attempts/" + token).formParam("q.yes-no", AttemptCodes.of(token, "yes-no", "false"))
                .post("/me/attempts/" + token).then().statusCode(303);
        String result = given().get("/me/attempts/" + token).then().statusCode(200).extract().asString();
        assertTrue(result.contains("及格线 60%"), result);
        assertTrue(result.contains("href=\"/courses/demo/01-basics/second") && result.contains("下一课："), result);
        given().header("Accept-Language", "en").get("/me/attempts/" + token).then()
                .body(containsString("Pass mark 60%"), containsString("Next lesson:"));
        // a path in the lesson page's URL goes with the start form to the attempt and its result
        String lesson = given().get("/courses/demo/01-basics/first?path=ops").then().statusCode(200).extract().asString();
        assertTrue(lesson.contains("action=\"" + FIRST_QUIZ + "?path=ops\""), "the quiz panel keeps the path");
        String onPath = QuizPages.tokenOf(formFrom(FIRST_QUIZ + "?path=ops").post(FIRST_QUIZ + "?path=ops").then().statusCode(303)
                .header("Location", endsWith("?path=ops")).extract().header("Location"));
        formFrom("/me/attempts/" + onPath).post("/me/attempts/" + onPath + "?path=ops").then().statusCode(303);
        assertTrue(given().get("/me/attempts/" + onPath + "?path=ops").then().extract().asString()
                .contains("href=\"/courses/demo/01-basics/second?path=ops\""), "next lesson on the ops path");

        // a path in the URL is kept on the attempt's links and decides what comes next
        String exam = start(QuizPages.EXAM);
        given().get("/me/attempts/" + exam + "?path=ops").then().body(containsString("action=\"/me/attempts/" + exam + "?path=ops\""));
        formFrom("/me/attempts/" + exam).post("/me/attempts/" + exam + "?path=ops").then().statusCode(303)
                .header("Location", endsWith("/me/attempts/" + exam + "?path=ops"));
        String onOps = given().get("/me/attempts/" + exam + "?path=ops").then().statusCode(200).extract().asString();
        assertFalse(onOps.contains("class=\"next-lesson\""), "the ops path goes on to a module without lessons: " + onOps);
        String examResult = given().get("/me/attempts/" + exam).then().statusCode(200).extract().asString();
        assertTrue(examResult.contains("href=\"/courses/demo/02-advanced/deep?path=beginner\""),
                "after the module exam comes the next module of the course's first path through it: " + examResult);
    }
}
