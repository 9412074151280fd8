package academy.quiz.web;

import static academy.quiz.web.QuizPages.EXAM;
import static academy.quiz.web.QuizPages.FIRST_QUIZ;
import static academy.quiz.web.QuizPages.SECOND_QUIZ;
import static academy.quiz.web.QuizPages.formFrom;
import static academy.quiz.web.QuizPages.start;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import academy.quiz.AttemptCodes;
import academy.quiz.AttemptState;
import academy.quiz.QuizAppProfile;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttempts;
import academy.quiz.QuizPassed;
import academy.quiz.RecordedQuizPassed;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Taking quizzes through the pages as a learner would. Each test uses its own learner, so order never matters. */
@QuarkusTest
@TestProfile(QuizAppProfile.class)
class QuizFlowTest {

    /** Strings that only occur in answer keys and explanations of the fixture quiz. */
    static final List<String> KEY_MARKERS = List.of("KEYFILL", "KEYREGEX", "4242", "etcd", "启动容器的是 kubelet",
            "Reflector 负责", "先认证，再鉴权", "partialCredit", "explanation", "answer=", "data-correct", "listwatch\" selected");

    @Inject
    QuizAttempts attempts;

    @Inject
    QuizCatalog catalog;

    @Inject
    RecordedQuizPassed passed;

    static RequestSpecification allRight(String token, RequestSpecification form) {
        return form.formParam("q.pick-one", AttemptCodes.of(token, "pick-one", "a"))
                .formParam("q.pick-many", AttemptCodes.of(token, "pick-many", "sched", "api"))
                .formParam("q.yes-no", AttemptCodes.of(token, "yes-no", "false"))
                .formParam("q.name-it", AttemptCodes.of(token, "name-it", "ＫＥＹＦＩＬＬ  "))
                .formParam("q.chain", AttemptCodes.of(token, "chain", "authn", "authz", "admit"))
                .formParam("q.default-value", AttemptCodes.of(token, "default-value", "４２４２ 秒"))
                .formParam("q.pairs", AttemptCodes.of(token, "pairs", "reflector=listwatch", "indexer=cache"));
    }

    static Response submit(String token, RequestSpecification form) {
        return form.post("/me/attempts/" + token);
    }

    static List<QuizAttempt> stored(String subject, String quizId) {
        return QuarkusTransaction.requiringNew().call(() -> QuizAttempt.forQuiz(subject, quizId));
    }

    @Test
    void anonymousVisitorsSeeTheQuestionCountAndALoginPrompt() {
        String html = given().get(FIRST_QUIZ).then().statusCode(200).extract().asString();
        assertTrue(html.contains("7 道题"), html);
        assertTrue(html.contains("href=\"/login?redirect=%2Fcourses%2Fdemo%2F01-basics%2Ffirst%2Fquiz\""), html);
        assertFalse(html.contains("下面的代码做什么"), "no questions for anonymous visitors");
        given().get("/courses/demo/01-basics/first").then().statusCode(200)
                .body(containsString("class=\"quiz-box\""), containsString("7 道题"),
                        containsString("/login?redirect=%2Fcourses%2Fdemo%2F01-basics%2Ffirst"));
        given().get("/courses/demo/01-basics").then().statusCode(200)
                .body(containsString("基础 模块考试"), containsString("2 道题"));
        formFrom(FIRST_QUIZ).post(FIRST_QUIZ).then().statusCode(303)
                .header("Location", endsWith("/login?redirect=%2Fcourses%2Fdemo%2F01-basics%2Ffirst%2Fquiz"));
        given().redirects().follow(false).get("/me/mistakes").then().statusCode(303)
                .header("Location", endsWith("/login?redirect=%2Fme%2Fmistakes"));
    }

    @Test
    @TestSecurity(user = "take-all-right", roles = "learner")
    void takeSubmitAndSeeTheResult() {
        String token = start(FIRST_QUIZ);
        String page = given().get("/me/attempts/" + token).then().statusCode(200).extract().asString();
        assertEquals(7, count(page, "<fieldset class=\"quiz-question\""), page);
        assertTrue(page.contains("<code class=\"language-go\">"), "code blocks in prompts are rendered");
        assertTrue(page.contains("data-confirm=\"还有 __N__ 道题未作答"), "unanswered questions need a confirmation");
        for (String marker : KEY_MARKERS) {
            assertFalse(page.contains(marker), "the attempt page must not reveal '" + marker + "'");
        }

        Response submitted = submit(token, allRight(token, formFrom("/me/attempts/" + token)));
        submitted.then().statusCode(303).header("Location", endsWith("/me/attempts/" + token));

        String result = given().get("/me/attempts/" + token).then().statusCode(200).extract().asString();
        assertTrue(result.contains("得分 100%（8 / 8 分）"), result);
        assertTrue(result.contains("已通过"), result);
        assertEquals(7, count(result, "data-correct=\"true\""), result);
        assertTrue(result.contains("启动容器的是 kubelet"), "explanations are shown after grading");
        assertTrue(result.contains("data-difficulty=\"easy\">难度：易"), "the author's difficulty is shown in the review");
        assertTrue(result.contains("href=\"/courses/demo/01-basics/first#lab\""), "links to the section a question tests");
        assertTrue(result.contains("4242 秒 (允许误差 ±0.5)"), "the correct numeric answer is shown");

        QuizAttempt stored = stored("take-all-right", "01-basics.first").get(0);
        assertEquals(AttemptState.FINISHED, stored.state);
        assertEquals(100, stored.scorePercent);
        assertEquals(catalog.quiz("01-basics.first").orElseThrow().contentHash(), stored.contentHash);
        List<QuizPassed> events = passed.of("take-all-right");
        assertEquals(1, events.size());
        assertEquals(new QuizPassed("take-all-right", "demo", "01-basics", "first", 100), events.get(0));

        given().get("/courses/demo/01-basics/first").then().statusCode(200)
                .body(containsString("最好成绩 100%"), containsString("已通过"), containsString("再做一次"));
        given().get("/me/attempts").then().statusCode(200).body(containsString("第一课 小测"), containsString("100%"));
        given().get("/me/mistakes").then().statusCode(200).body(containsString("没有错题"));
    }

    @Test
    @TestSecurity(user = "partly-right", roles = "learner")
    void partialCreditAndMistakes() {
        String token = start(FIRST_QUIZ);
        // pick-one 1/1, pick-many 1/2 (partial credit), yes-no 0, name-it 1 (regex), chain 0, default-value 1 (tolerance),
        // pairs 0.5/1, and the Chinese comma in the fill answer is irrelevant here: 4.5 of 8 points = 56 %.
        submit(token, formFrom("/me/attempts/" + token)
                .formParam("q.pick-one", AttemptCodes.of(token, "pick-one", "a"))
                .formParam("q.pick-many", AttemptCodes.of(token, "pick-many", "api"))
                .formParam("q.yes-no", AttemptCodes.of(token, "yes-no", "true"))
                .formParam("q.name-it", AttemptCodes.of(token, "name-it", " keyregex-12 "))
                .formParam("q.chain", AttemptCodes.of(token, "chain", "authz", "authn", "admit"))
                .formParam("q.default-value", AttemptCodes.of(token, "default-value", "4242.4"))
                .formParam("q.pairs", AttemptCodes.of(token, "pairs", "reflector=listwatch", "indexer=listwatch"))).then().statusCode(303);
        String result = given().get("/me/attempts/" + token).then().statusCode(200).extract().asString();
        assertTrue(result.contains("得分 56%（4.5 / 8 分）"), result);
        assertTrue(result.contains("未通过"), result);
        assertTrue(result.contains("部分正确（1 / 2 分）"), result);
        assertTrue(result.contains("部分正确（0.5 / 1 分）"), result);
        assertTrue(passed.of("partly-right").isEmpty(), "failing fires no QuizPassed");

        String mistakes = given().get("/me/mistakes").then().statusCode(200).extract().asString();
        for (String missed : List.of("yes-no", "chain", "pick-many", "pairs")) {
            assertTrue(mistakes.contains("data-question=\"" + missed + "\""), missed + " is in the mistakes list");
        }
        for (String right : List.of("pick-one", "name-it", "default-value")) {
            assertFalse(mistakes.contains("data-question=\"" + right + "\""), right + " was answered correctly");
        }
        assertTrue(mistakes.contains("重做这个测验") && mistakes.contains("href=\"" + FIRST_QUIZ + "\""), mistakes);
    }

    @Test
    @TestSecurity(user = "double-clicker", roles = "learner")
    void submittingTwiceNeverGradesTwice() {
        String token = start(FIRST_QUIZ);
        assertEquals(token, start(FIRST_QUIZ), "re-posting the start form resumes the open attempt");
        submit(token, allRight(token, formFrom("/me/attempts/" + token))).then().statusCode(303);
        // The back button re-posts the form, this time with everything wrong.
        submit(token, formFrom("/me/attempts/" + token).formParam("q.yes-no", AttemptCodes.of(token, "yes-no", "true"))).then().statusCode(303)
                .header("Location", endsWith("/me/attempts/" + token + "?resubmitted=true"));
        given().get("/me/attempts/" + token + "?resubmitted=true").then().statusCode(200)
                .body(containsString("这次作答已经提交过"), containsString("得分 100%"));
        List<QuizAttempt> stored = stored("double-clicker", "01-basics.first");
        assertEquals(1, stored.size());
        assertEquals(100, stored.get(0).scorePercent);
        assertEquals(1, passed.of("double-clicker").size());
    }

    @Test
    @TestSecurity(user = "retaker", roles = "learner")
    void retakesAreCountedAndLimited() {
        String first = start(SECOND_QUIZ);
        submit(first, formFrom("/me/attempts/" + first).formParam("q.q1", AttemptCodes.of(first, "q1", "a")).formParam("q.q2", AttemptCodes.of(first, "q2", "true"))).then().statusCode(303);
        String second = start(SECOND_QUIZ);
        assertNotEquals(first, second);
        submit(second, formFrom("/me/attempts/" + second).formParam("q.q1", AttemptCodes.of(second, "q1", "b")).formParam("q.q2", AttemptCodes.of(second, "q2", "true"))).then().statusCode(303);

        formFrom(SECOND_QUIZ).post(SECOND_QUIZ).then().statusCode(303).header("Location", endsWith(SECOND_QUIZ));
        String page = given().get(SECOND_QUIZ).then().statusCode(200).extract().asString();
        assertTrue(page.contains("作答次数已用完（2 次）"), page);
        assertTrue(page.contains("最好成绩 100%") && page.contains("最近一次 100%"), page);
        assertTrue(page.contains("第 1 次") && page.contains("第 2 次"), "attempts history");
        List<QuizAttempt> stored = stored("retaker", "01-basics.second");
        assertEquals(List.of(1, 2), stored.stream().map(a -> a.attemptNumber).toList());
        assertEquals(List.of(50, 100), stored.stream().map(a -> a.scorePercent).toList());
    }

    @Test
    @TestSecurity(user = "bob", roles = "learner")
    void anotherLearnersAttemptIsNotFound() {
        String alices = attempts.start("alice", catalog.quiz("01-basics.first").orElseThrow()).token;
        given().get("/me/attempts/" + alices).then().statusCode(404);
        formFrom(FIRST_QUIZ).formParam("q.yes-no", AttemptCodes.of(alices, "yes-no", "true")).post("/me/attempts/" + alices).then().statusCode(404);
        given().get("/api/me/attempts/" + alices).then().statusCode(404);
        assertEquals(AttemptState.IN_PROGRESS, stored("alice", "01-basics.first").get(0).state, "bob changed nothing");
        given().get("/me/attempts/no-such-token").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "tamperer", roles = "learner")
    void badInputIsRejectedInTheLearnersLanguage() {
        String token = start(FIRST_QUIZ);
        String url = "/me/attempts/" + token;
        submit(token, formFrom(url).formParam("q.no-such-question", AttemptCodes.of(token, "no-such-question", "a"))).then().statusCode(400)
                .body(containsString("提交的答案中有本次作答没有的题目（no-such-question）"));
        submit(token, formFrom(url).formParam("q.pick-one", AttemptCodes.of(token, "pick-one", "z"))).then().statusCode(400)
                .body(containsString("题目 pick-one 的答案包含不存在的选项"));
        submit(token, formFrom(url).formParam("q.pick-one", AttemptCodes.of(token, "pick-one", "a", "b"))).then().statusCode(400)
                .body(containsString("题目 pick-one 的答案格式不对"));
        submit(token, formFrom(url).formParam("q.default-value", AttemptCodes.of(token, "default-value", "lots"))).then().statusCode(400)
                .body(containsString("题目 default-value 需要填写一个数字"));
        submit(token, formFrom(url).formParam("q.name-it", "x".repeat(501))).then().statusCode(400)
                .body(containsString("答案太长（最多 500 个字符）"));
        submit(token, formFrom(url).header("Accept-Language", "en").formParam("q.pick-one", AttemptCodes.of(token, "pick-one", "z"))).then().statusCode(400)
                .body(containsString("The answer to question pick-one names an option that does not exist"));
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("q.pick-one", AttemptCodes.of(token, "pick-one", "a")).post(url).then().statusCode(400); // no CSRF token
        assertEquals(AttemptState.IN_PROGRESS, stored("tamperer", "01-basics.first").get(0).state, "nothing was graded");

        // Unanswered questions are allowed and score zero.
        submit(token, formFrom(url).formParam("q.pick-one", AttemptCodes.of(token, "pick-one", "a"))).then().statusCode(303);
        assertEquals(12, stored("tamperer", "01-basics.first").get(0).scorePercent);
        given().get(url).then().body(containsString("未作答"));
    }

    @Test
    @TestSecurity(user = "slowcoach", roles = "learner")
    void theTimeLimitIsEnforcedOnTheServer() {
        String token = start(SECOND_QUIZ);
        String page = given().get("/me/attempts/" + token).then().statusCode(200).extract().asString();
        assertTrue(page.contains("class=\"countdown\"") && page.contains("data-deadline=\""), "countdown shown");
        Instant past = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        QuarkusTransaction.requiringNew().run(() -> QuizAttempt.update("startedAt = ?1, deadlineAt = ?2 where token = ?3",
                past, past.plus(5, ChronoUnit.MINUTES), token));

        submit(token, formFrom(SECOND_QUIZ).formParam("q.q1", AttemptCodes.of(token, "q1", "b")).formParam("q.q2", AttemptCodes.of(token, "q2", "true"))).then().statusCode(303);
        QuizAttempt stored = stored("slowcoach", "01-basics.second").get(0);
        assertTrue(stored.late);
        assertEquals(0, stored.scorePercent, "answers sent after the limit do not count");
        assertEquals(past.plus(5, ChronoUnit.MINUTES), stored.finishedAt, "graded as of the limit");
        given().get("/me/attempts/" + token).then().body(containsString("超过了时间限制"));
    }

    @Test
    @TestSecurity(user = "examinee", roles = "learner")
    void examDrawsQuestionsPerAttemptAndKeepsTheSnapshot() {
        String token = start(EXAM);
        String page = given().get("/me/attempts/" + token).then().statusCode(200).extract().asString();
        assertEquals(2, count(page, "<fieldset class=\"quiz-question\""), page);
        QuizAttempt stored = stored("examinee", "01-basics.exam").get(0);
        assertEquals(2, stored.maxPoints);
        List<String> drawn = QuarkusTransaction.requiringNew().call(() -> QuizAttempt.<QuizAttempt>find("token", token)
                .firstResult().answers.stream().map(a -> a.questionId).toList());
        drawn.forEach(id -> assertTrue(page.contains("data-question=\"" + id + "\""), id));
        String notDrawn = List.of("e1", "e2", "e3").stream().filter(id -> !drawn.contains(id)).findFirst().orElseThrow();
        submit(token, formFrom("/me/attempts/" + token).formParam("q." + notDrawn, AttemptCodes.of(token, notDrawn, "true"))).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "shuffled", roles = "learner")
    void optionOrderIsStoredPerAttemptAndShownInReview() {
        String token = start(FIRST_QUIZ);
        String page = given().get("/me/attempts/" + token).then().extract().asString();
        List<String> shown = QuarkusTransaction.requiringNew().call(() -> QuizAttempt.<QuizAttempt>find("token", token)
                .firstResult().answers.stream().filter(a -> a.questionId.equals("pick-many")).findFirst().orElseThrow().shownIds());
        assertEquals(4, shown.size());
        Matcher options = Pattern.compile("name=\"q.pick-many\" value=\"([a-z0-9]+)\"> <span>([^<]+)</span>").matcher(page);
        List<String> onPage = options.results().map(r -> r.group(1)).toList();
        assertEquals(List.of("o1", "o2", "o3", "o4"), onPage, "the browser sees position codes, never the author's ids");
        Quiz quiz = catalog.quiz("01-basics.first").orElseThrow();
        List<String> texts = shown.stream().map(id -> quiz.question("pick-many").orElseThrow().choice(id).orElseThrow().html()).toList();
        assertEquals(texts, Pattern.compile("name=\"q.pick-many\" value=\"[a-z0-9]+\"> <span>([^<]+)</span>").matcher(page)
                .results().map(r -> r.group(1)).toList(), "the page shows the stored order");
        for (String authorId : List.of("api", "sched", "proxy", "kubelet", "authn", "authz", "admit", "reflector", "indexer", "listwatch")) {
            assertFalse(page.contains("value=\"" + authorId) || page.contains("=" + authorId + "\""), "author id " + authorId + " reaches the page");
        }
        // An author's id is not an answer: only the attempt's codes are.
        submit(token, formFrom("/me/attempts/" + token).formParam("q.pick-many", "api")).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "english", roles = "learner")
    void pagesSpeakEnglishWhenAsked() {
        given().header("Accept-Language", "en").get(FIRST_QUIZ).then().statusCode(200)
                .body(containsString("7 questions"), containsString("Take the quiz"), not(containsString("开始答题")));
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
