package academy.review;

import static academy.quiz.web.QuizPagesAccess.formFrom;
import static academy.quiz.web.QuizPagesAccess.start;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import academy.Forms;
import academy.content.ContentLoader;
import academy.content.ContentProblems;
import academy.quiz.AttemptCodes;
import academy.quiz.ChoiceCodes;
import academy.quiz.QuizAppProfile;
import academy.quiz.content.Question;
import academy.quiz.content.QuizCatalog;
import academy.testsupport.FixtureTrees;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Review cards through the pages and the API, as a learner uses them. Each test has its own learner. */
@QuarkusTest
@TestProfile(QuizAppProfile.class)
class ReviewFlowTest {

    static final String FIRST_QUIZ = "/courses/demo/01-basics/first/quiz";
    static final String QUIZ_ID = "01-basics.first";
    /** Strings only the key or explanations of the fixture quiz contain (see QuizFlowTest). */
    static final List<String> KEY_MARKERS = List.of("KEYFILL", "KEYREGEX", "4242", "启动容器的是 kubelet", "Reflector 负责",
            "先认证，再鉴权", "data-correct", "choice-right");

    @Inject
    ReviewService reviews;

    @Inject
    QuizCatalog catalog;

    /** Takes the first quiz with yes-no and chain wrong, everything else right; returns the attempt token. */
    static String takeWithTwoWrong() {
        String token = start(FIRST_QUIZ);
        formFrom("/me/attempts/" + token)
                .formParam("q.pick-one", AttemptCodes.of(token, "pick-one", "a"))
                .formParam("q.pick-many", AttemptCodes.of(token, "pick-many", "sched", "api"))
                .formParam("q.yes-no", AttemptCodes.of(token, "yes-no", "true"))
                .formParam("q.name-it", AttemptCodes.of(token, "name-it", "etcd"))
                .formParam("q.chain", AttemptCodes.of(token, "chain", "authz", "authn", "admit"))
                .formParam("q.default-value", AttemptCodes.of(token, "default-value", "4242"))
                .formParam("q.pairs", AttemptCodes.of(token, "pairs", "reflector=listwatch", "indexer=cache"))
                .post("/me/attempts/" + token).then().statusCode(303);
        return token;
    }

    static List<ReviewCard> cards(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewCard.forSubject(subject));
    }

    static ReviewCard card(String subject, String questionId) {
        return cards(subject).stream().filter(c -> c.questionId.equals(questionId)).findFirst().orElseThrow();
    }

    /** What a browser would send for these author values on the card's current showing. */
    Object[] codes(long cardId, String... authorValues) {
        ReviewCard card = QuarkusTransaction.requiringNew().call(() -> ReviewCard.<ReviewCard>findById(cardId));
        Question q = catalog.quiz(card.quizId).orElseThrow().question(card.questionId).orElseThrow();
        return ChoiceCodes.of(q, card.shownIds()).encode(List.of(authorValues)).toArray();
    }

    static void add(String token, String questionId) {
        Forms.from("/me/attempts/" + token).formParam("attempt", token).formParam("question", questionId)
                .post("/me/review/add").then().statusCode(303).header("Location", endsWith("/me/attempts/" + token));
    }

    static RequestSpecification reviewForm() {
        return Forms.from("/me/review");
    }

    /** An answer form as the card's page sends it: with the card's current round (its review count). */
    static RequestSpecification answerForm(long cardId) {
        ReviewCard card = QuarkusTransaction.requiringNew().call(() -> ReviewCard.<ReviewCard>findById(cardId));
        return reviewForm().formParam("round", card == null ? 0 : card.reps);
    }

    @Test
    @TestSecurity(user = "review-missed", roles = "learner")
    void wrongAnswersBecomeCardsRatedAgainAsOfTheQuiz() {
        String token = takeWithTwoWrong();
        List<ReviewCard> mine = cards("review-missed");
        assertEquals(List.of("chain", "yes-no"), mine.stream().map(c -> c.questionId).sorted().toList());
        LocalDate today = reviews.today();
        for (ReviewCard c : mine) {
            assertEquals(ReviewCard.Source.MISSED, c.source);
            assertEquals(1, c.reps, "the quiz answer counts as the first review, rated Again");
            assertEquals(0.212, c.stability, 1e-9, "S0(Again) = w0");
            assertEquals(6.4133, c.difficulty, 1e-9, "D0(Again) = w4");
            assertEquals(today.plusDays(1), c.dueOn, "interval of S = 0.212 at 90 %: one day");
            assertEquals(QUIZ_ID, c.quizId);
        }
        // the result page marks them, and offers the others
        String result = given().get("/me/attempts/" + token).then().statusCode(200).extract().asString();
        assertEquals(2, count(result, "data-review=\"in\""), result);
        assertEquals(5, count(result, "data-review=\"add\""), result);
        // nothing due today; the forecast shows both tomorrow
        String me = given().get("/me").then().statusCode(200).extract().asString();
        assertTrue(me.contains("id=\"review-due-today\" data-due=\"0\""), me);
        assertTrue(me.contains("data-date=\"" + today.plusDays(1) + "\" data-count=\"2\""), me);
        assertEquals(30, count(me, "data-count=\""), "30 forecast bars");
        given().get("/me/review").then().statusCode(200).body(containsString("今天没有待复习的题。"),
                containsString("下一题 " + today.plusDays(1) + " 到期。"));

        // missing it again in a second attempt is a lapse on the same card, not a second card
        takeWithTwoWrong();
        ReviewCard yesNo = card("review-missed", "yes-no");
        assertEquals(2, cards("review-missed").size());
        assertEquals(2, yesNo.reps);
        assertEquals(1, yesNo.lapses);
    }

    @Test
    @TestSecurity(user = "review-flow", roles = "learner")
    void answerRateAndMoveToTheNextCard() {
        String token = takeWithTwoWrong();
        add(token, "pick-one");
        add(token, "pick-one"); // a double click adds nothing
        add(token, "name-it");
        assertEquals(4, cards("review-flow").size());
        ReviewCard pickOne = card("review-flow", "pick-one");
        assertEquals(ReviewCard.Source.ADDED, pickOne.source);
        assertNull(pickOne.stability, "a new card has no memory state before its first rating");
        assertEquals(reviews.today(), pickOne.dueOn);

        // the first due card: the question with per-card codes, never the key
        String page = given().get("/me/review").then().statusCode(200).extract().asString();
        assertTrue(page.contains("今天待复习 2 题"), page);
        assertTrue(page.contains("data-card=\"" + pickOne.id + "\""), page);
        assertTrue(page.contains("下面的代码做什么"), "the question's current text");
        assertTrue(page.contains("value=\"o1\"") && page.contains("value=\"o3\""), "options by code");
        assertFalse(page.contains("value=\"a\"") || page.contains("value=\"b\""), "no author ids");
        for (String marker : KEY_MARKERS) {
            assertFalse(page.contains(marker), "the review page must not reveal '" + marker + "' before answering");
        }
        String again = given().get("/me/review").then().statusCode(200).extract().asString();
        assertEquals(between(page, "<fieldset", "</fieldset>"), between(again, "<fieldset", "</fieldset>"),
                "reloading keeps the drawn order");

        // answer right → result with explanation and four ratings
        answerForm(pickOne.id).formParam("q.pick-one", codes(pickOne.id, "a")).post("/me/review/" + pickOne.id + "/answer").then()
                .statusCode(303).header("Location", endsWith("/me/review/" + pickOne.id));
        String result = given().get("/me/review/" + pickOne.id).then().statusCode(200).extract().asString();
        assertTrue(result.contains("✓ 回答正确") || result.contains("data-correct=\"true\""), result);
        assertTrue(result.contains("见 <a"), "the explanation is shown after answering");
        assertEquals(4, count(result, "name=\"rating\""), result);
        assertTrue(result.contains("data-rating=\"good\""), result);
        // the answer waits for its rating: /me/review shows this card first
        assertTrue(given().get("/me/review").then().statusCode(200).extract().asString().contains("id=\"rating-form\""));
        // a second answer post is a replay: first result kept
        answerForm(pickOne.id).formParam("q.pick-one", codes(pickOne.id, "b")).post("/me/review/" + pickOne.id + "/answer").then()
                .statusCode(303).header("Location", endsWith("?notice=already_answered"));
        assertTrue(card("review-flow", "pick-one").pendingCorrect);

        // rate Good → scheduled in 2 days (S0(Good) = 2.3065), on to the next card
        Response rated = reviewForm().formParam("rating", "good").post("/me/review/" + pickOne.id + "/rate");
        rated.then().statusCode(303).header("Location", endsWith("/me/review?rated=2"));
        ReviewCard after = card("review-flow", "pick-one");
        assertEquals(2.3065, after.stability, 1e-9);
        assertEquals(reviews.today().plusDays(2), after.dueOn);
        assertEquals(1, after.reps);
        assertNull(after.pendingCorrect);
        String next = given().get("/me/review?rated=2").then().statusCode(200).extract().asString();
        assertTrue(next.contains("已安排：2 天后再复习。"), next);
        ReviewCard nameIt = card("review-flow", "name-it");
        assertTrue(next.contains("data-card=\"" + nameIt.id + "\""), "the next due card");
        assertTrue(next.contains("今天待复习 1 题"), next);

        // replays never schedule twice
        reviewForm().formParam("rating", "easy").post("/me/review/" + pickOne.id + "/rate").then().statusCode(303)
                .header("Location", endsWith("/me/review?notice=already_rated"));
        given().get("/me/review?notice=already_rated").then().statusCode(200).body(containsString("没有再次安排"));
        answerForm(pickOne.id).formParam("q.pick-one", codes(pickOne.id, "a")).post("/me/review/" + pickOne.id + "/answer").then()
                .statusCode(303).header("Location", endsWith("?notice=not_due"));
        ReviewCard unchanged = card("review-flow", "pick-one");
        assertEquals(1, unchanged.reps);
        assertEquals(after.dueOn, unchanged.dueOn);
        given().get("/me/review/" + pickOne.id + "?notice=not_due").then().statusCode(200)
                .body(containsString("答案没有记录"), containsString("data-due-on=\"" + after.dueOn + "\""),
                        not(containsString("id=\"answer-form\"")));

        // the fill card: right answer, rated Easy
        answerForm(nameIt.id).formParam("q.name-it", "ETCD").post("/me/review/" + nameIt.id + "/answer").then().statusCode(303);
        reviewForm().formParam("rating", "easy").post("/me/review/" + nameIt.id + "/rate").then().statusCode(303)
                .header("Location", endsWith("/me/review?rated=8"));
        given().get("/me/review").then().statusCode(200).body(containsString("今天没有待复习的题。"));
        given().get("/me").then().statusCode(200).body(containsString("id=\"review-due-today\" data-due=\"0\""),
                containsString("共 4 张卡片"));
    }

    @Test
    @TestSecurity(user = "review-wrong", roles = "learner")
    void aWrongAnswerTakesAgainOnly() {
        String token = takeWithTwoWrong();
        add(token, "pick-many");
        ReviewCard card = card("review-wrong", "pick-many");
        given().get("/me/review").then().statusCode(200).body(containsString("data-card=\"" + card.id + "\""));
        // one of two right picks: partly right is not right
        answerForm(card.id).formParam("q.pick-many", codes(card.id, "api")).post("/me/review/" + card.id + "/answer").then().statusCode(303);
        String result = given().get("/me/review/" + card.id).then().statusCode(200).extract().asString();
        assertTrue(result.contains("data-again-only=\"true\""), result);
        assertEquals(1, count(result, "name=\"rating\""), "only the Again button");
        assertTrue(result.contains("data-rating=\"again\""), result);
        for (String rating : List.of("hard", "good", "easy")) {
            reviewForm().formParam("rating", rating).post("/me/review/" + card.id + "/rate").then().statusCode(400)
                    .body(containsString("答错的题只能评为“重来”。"));
        }
        ReviewCard waiting = card("review-wrong", "pick-many");
        assertEquals(0, waiting.reps, "nothing scheduled by a refused rating");
        assertFalse(waiting.pendingCorrect);
        reviewForm().formParam("rating", "again").post("/me/review/" + card.id + "/rate").then().statusCode(303)
                .header("Location", endsWith("/me/review?rated=1"));
        ReviewCard done = card("review-wrong", "pick-many");
        assertEquals(1, done.reps);
        assertEquals(0.212, done.stability, 1e-9);
        assertEquals(reviews.today().plusDays(1), done.dueOn);
    }

    @Test
    @TestSecurity(user = "review-hostile", roles = "learner")
    void foreignIdsBadRatingsAndBadAnswersAreClientErrors() {
        String token = takeWithTwoWrong();
        add(token, "pick-one");
        long mine = card("review-hostile", "pick-one").id;
        // another learner's card
        long theirs = QuarkusTransaction.requiringNew().call(() -> {
            ReviewCard c = new ReviewCard();
            c.subject = "someone-else";
            c.courseId = "demo";
            c.quizId = QUIZ_ID;
            c.questionId = "pick-one";
            c.source = ReviewCard.Source.ADDED;
            c.createdAt = java.time.Instant.now();
            c.dueOn = reviews.today();
            c.shownOrder = "a,b,c";
            c.persistAndFlush();
            return c.id;
        });
        given().get("/me/review/" + theirs).then().statusCode(404);
        answerForm(theirs).formParam("q.pick-one", "o1").post("/me/review/" + theirs + "/answer").then().statusCode(404);
        reviewForm().formParam("rating", "again").post("/me/review/" + theirs + "/rate").then().statusCode(404);
        given().get("/me/review/999999").then().statusCode(404);
        given().get("/me/review/not-a-number").then().statusCode(404);
        given().get("/me/review?rated=abc&notice=<script>").then().statusCode(200)
                .body(not(containsString("data-rated")), not(containsString("data-notice")), not(containsString("<script>")));
        reviewForm().formParam("rating", "again").post("/me/review/abc/rate").then().statusCode(404);
        // adding a question of someone else's attempt, or one not in the attempt
        Forms.from("/me/review").formParam("attempt", "no-such-attempt").formParam("question", "pick-one")
                .post("/me/review/add").then().statusCode(404);
        Forms.from("/me/review").formParam("attempt", token).formParam("question", "not-in-it")
                .post("/me/review/add").then().statusCode(404);
        Forms.from("/me/review").formParam("attempt", token).post("/me/review/add").then().statusCode(400);

        given().get("/me/review").then().statusCode(200);
        // a rating that is not one of the four, or missing
        reviewForm().formParam("rating", "perfect").post("/me/review/" + mine + "/rate").then().statusCode(400)
                .body(containsString("无效的评分“perfect”"), not(containsString("Exception")));
        reviewForm().post("/me/review/" + mine + "/rate").then().statusCode(400).body(containsString("无效的评分"));
        // rating before answering is a stale post
        reviewForm().formParam("rating", "good").post("/me/review/" + mine + "/rate").then().statusCode(303)
                .header("Location", endsWith("notice=already_rated"));
        // an option code that was never shown, or an author id
        answerForm(mine).formParam("q.pick-one", "o9").post("/me/review/" + mine + "/answer").then().statusCode(400)
                .body(containsString("pick-one"), not(containsString("Exception")));
        answerForm(mine).formParam("q.pick-one", "a").post("/me/review/" + mine + "/answer").then().statusCode(400);
        // a form from an earlier showing of the card, or without its round
        reviewForm().formParam("round", "7").formParam("q.pick-one", codes(mine, "a")).post("/me/review/" + mine + "/answer").then()
                .statusCode(303).header("Location", endsWith("?notice=stale"));
        reviewForm().formParam("q.pick-one", codes(mine, "a")).post("/me/review/" + mine + "/answer").then()
                .statusCode(303).header("Location", endsWith("?notice=stale"));
        given().get("/me/review/" + mine + "?notice=stale").then().statusCode(200).body(containsString("没有记录，请重新作答"),
                containsString("id=\"answer-form\""));
        assertNull(card("review-hostile", "pick-one").pendingCorrect, "nothing stored");
        // English UI
        reviewForm().cookie("academy_lang", "en").formParam("rating", "meh").post("/me/review/" + mine + "/rate").then()
                .statusCode(400).body(containsString("Invalid rating &quot;meh&quot;: use again, hard, good or easy."));
        QuarkusTransaction.requiringNew().run(() -> ReviewCard.deleteById(theirs));
    }

    @Test
    @TestSecurity(user = "review-race", roles = "learner")
    void twoRatingsAtOnceScheduleOnce() throws Exception {
        String token = takeWithTwoWrong();
        add(token, "pick-one");
        ReviewCard card = card("review-race", "pick-one");
        given().get("/me/review").then().statusCode(200);
        answerForm(card.id).formParam("q.pick-one", codes(card.id, "a")).post("/me/review/" + card.id + "/answer").then().statusCode(303);
        List<RequestSpecification> forms = List.of(reviewForm().formParam("rating", "good"), reviewForm().formParam("rating", "easy"),
                reviewForm().formParam("rating", "hard"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(forms.size());
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (RequestSpecification form : forms) {
                results.add(pool.submit(() -> form.post("/me/review/" + card.id + "/rate").then().statusCode(303).extract()
                        .header("Location")));
            }
            long scheduled = 0;
            for (var r : results) {
                scheduled += r.get().contains("rated=") ? 1 : 0;
            }
            assertEquals(1, scheduled, "exactly one rating schedules the card");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, card("review-race", "pick-one").reps);
    }

    @Test
    @TestSecurity(user = "review-api", roles = "learner")
    void theApiListsDueCardsWithoutKeys() {
        String token = takeWithTwoWrong();
        add(token, "default-value");
        String json = given().get("/api/me/reviews").then().statusCode(200).contentType(ContentType.JSON)
                .body("dueCount", org.hamcrest.Matchers.equalTo(1))
                .body("totalCards", org.hamcrest.Matchers.equalTo(3))
                .body("forecast.size()", org.hamcrest.Matchers.equalTo(30))
                .body("forecast[0]", org.hamcrest.Matchers.equalTo(1))
                .body("forecast[1]", org.hamcrest.Matchers.equalTo(2))
                .body("due[0].questionId", org.hamcrest.Matchers.equalTo("default-value"))
                .body("due[0].type", org.hamcrest.Matchers.equalTo("numeric"))
                .body("due[0].reviewUrl", org.hamcrest.Matchers.startsWith("/me/review/"))
                .extract().asString();
        for (String marker : List.of("4242", "explanation", "\"answer\"", "tolerance", "shownOrder")) {
            assertFalse(json.contains(marker), "the API must not reveal '" + marker + "': " + json);
        }
    }

    @Test
    @TestSecurity(user = "review-edits", roles = "learner")
    void cardsFollowQuizEditsAndRetireWithTheirQuestion() throws IOException {
        String token = takeWithTwoWrong();
        add(token, "pick-one");
        Path tree = Files.createTempDirectory("review-edited");
        try {
            FixtureTrees.copy(Path.of("src/test/resources/fixtures/quiz-app"), tree);
            Path quiz = tree.resolve("quizzes/demo/01-basics/first.yaml");
            String yaml = Files.readString(quiz);
            // pick-one gets a new prompt; yes-no (a missed question) is removed from the file
            yaml = yaml.replace("下面的代码做什么？", "这段代码启动了什么？");
            int from = yaml.indexOf("  - id: yes-no");
            int to = yaml.indexOf("  - id: name-it");
            Files.writeString(quiz, yaml.substring(0, from) + yaml.substring(to));
            reload(tree);
            assertTrue(catalog.quiz(QUIZ_ID).orElseThrow().question("yes-no").isEmpty());

            String page = given().get("/me/review").then().statusCode(200).extract().asString();
            assertTrue(page.contains("这段代码启动了什么"), "shown with the current text");
            assertTrue(page.contains("共 2 张卡片"), "the retired card is not counted: " + page);
            given().get("/api/me/reviews").then().statusCode(200).body("totalCards", org.hamcrest.Matchers.equalTo(2))
                    .body("forecast[1]", org.hamcrest.Matchers.equalTo(1));
            long retired = card("review-edits", "yes-no").id;
            given().get("/me/review/" + retired).then().statusCode(404);
            given().get("/me").then().statusCode(200).body(containsString("共 2 张卡片"));
        } finally {
            reload(Path.of("src/test/resources/fixtures/quiz-app"));
        }
        // the question is back: so is its card
        given().get("/api/me/reviews").then().statusCode(200).body("totalCards", org.hamcrest.Matchers.equalTo(3));
    }

    @Test
    @TestSecurity(user = "review-reads", roles = "learner")
    void recommendationsSayWhy() {
        // reading the second lesson on the beginner path: its prerequisite (first) is not finished yet
        String before = between(given().get("/courses/demo/01-basics/second?path=beginner").then().statusCode(200).extract().asString(),
                "id=\"next-reads\"", "</section>");
        assertTrue(before.contains("data-kind=\"prerequisite\"><a href=\"/courses/demo/01-basics/first\">第一课</a>"), before);
        assertTrue(before.contains("“第二课”的先修课，你还没有完成"), before);
        String en = given().cookie("academy_lang", "en").get("/courses/demo/01-basics/second?path=beginner").then().statusCode(200)
                .extract().asString();
        assertTrue(en.contains("What to read next"), en);
        assertTrue(en.contains("A prerequisite of &quot;第二课&quot; you have not finished"), en);
        String me = between(given().get("/me").then().statusCode(200).extract().asString(), "id=\"next-reads\"", "</section>");
        assertTrue(me.contains("data-kind=\"prerequisite\""), "of the lesson read last: " + me);

        // the quiz of the first lesson is passed (the lesson is complete) with yes-no and chain wrong
        takeWithTwoWrong();
        String after = between(given().get("/courses/demo/01-basics/second?path=beginner").then().statusCode(200).extract().asString(),
                "id=\"next-reads\"", "</section>");
        assertFalse(after.contains("data-kind=\"prerequisite\""), "finished prerequisites are not recommended: " + after);
        assertTrue(after.contains("data-kind=\"path\"><a href=\"/courses/demo/02-advanced/deep?path=beginner\">深入一课</a>"), after);
        assertTrue(after.contains("“入门路径”中你还没读完的下一课"), after);
        // weak sections: yes-no and chain both test the lab section of the first lesson
        assertTrue(after.contains("data-kind=\"weak\"><a href=\"/courses/demo/01-basics/first#lab\">第一课 · 动手实验</a>"), after);
        assertTrue(after.contains("最近的小测中有 2 道考这一节的题答错了"), after);
        String meAfter = between(given().get("/me").then().statusCode(200).extract().asString(), "id=\"next-reads\"", "</section>");
        assertTrue(meAfter.contains("/courses/demo/01-basics/first#lab"), meAfter);
        // the path counts as the learner's once started: its next unfinished lesson
        assertTrue(meAfter.contains("data-kind=\"path\"><a href=\"/courses/demo/01-basics/second?path=beginner\">"), meAfter);
        // the latest attempt counts: all right now, so no weak section is left
        String token = start(FIRST_QUIZ);
        formFrom("/me/attempts/" + token)
                .formParam("q.pick-one", AttemptCodes.of(token, "pick-one", "a"))
                .formParam("q.pick-many", AttemptCodes.of(token, "pick-many", "sched", "api"))
                .formParam("q.yes-no", AttemptCodes.of(token, "yes-no", "false"))
                .formParam("q.name-it", AttemptCodes.of(token, "name-it", "etcd"))
                .formParam("q.chain", AttemptCodes.of(token, "chain", "authn", "authz", "admit"))
                .formParam("q.default-value", AttemptCodes.of(token, "default-value", "4242"))
                .formParam("q.pairs", AttemptCodes.of(token, "pairs", "reflector=listwatch", "indexer=cache"))
                .post("/me/attempts/" + token).then().statusCode(303);
        String later = between(given().get("/courses/demo/01-basics/second?path=beginner").then().statusCode(200).extract().asString(),
                "id=\"next-reads\"", "</section>");
        assertFalse(later.contains("data-kind=\"weak\""), later);
    }

    @Test
    void visitorsSeeNoRecommendationsAndMustSignIn() {
        given().get("/courses/demo/01-basics/second").then().statusCode(200).body(not(containsString("id=\"next-reads\"")));
        given().redirects().follow(false).get("/api/me/reviews").then().statusCode(401);
        given().redirects().follow(false).get("/me/review").then().statusCode(303)
                .header("Location", endsWith("/login?redirect=%2Fme%2Freview"));
    }

    void reload(Path tree) {
        ContentLoader.Result loaded = new ContentLoader().load(tree.resolve("courses"), tree.resolve("quizzes"));
        assertTrue(loaded.problems().isEmpty(), () -> loaded.problems().toString());
        ContentProblems problems = new ContentProblems();
        catalog.load(loaded.courses(), problems);
        assertTrue(problems.isEmpty(), () -> problems.toString());
        assertNotNull(catalog.quiz(QUIZ_ID).orElse(null));
    }

    static String between(String s, String from, String to) {
        int i = s.indexOf(from);
        assertTrue(i >= 0, () -> "no " + from + " in\n" + s);
        int j = s.indexOf(to, i);
        return s.substring(i, j < 0 ? s.length() : j);
    }

    static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
