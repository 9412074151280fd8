package academy.quiz.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import academy.quiz.AttemptCodes;
import academy.quiz.AttemptState;
import academy.quiz.QuizAppProfile;
import academy.quiz.QuizAttempt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The JSON API follows the page rules: login to answer, no keys before grading, one grading, own attempts only. */
@QuarkusTest
@TestProfile(QuizAppProfile.class)
class QuizApiTest {

    static final String ALL_RIGHT = """
            {"answers": {"pick-one": "a", "pick-many": ["api", "sched"], "yes-no": false, "name-it": "etcd",
              "chain": ["authn", "authz", "admit"], "default-value": 4242, "pairs": {"reflector": "listwatch", "indexer": "cache"}}}
            """;

    @Test
    void anonymousCallersSeeTheCountButNoQuestionsAndCannotAnswer() {
        given().get("/api/quizzes/01-basics.first").then().statusCode(200)
                .body("questionCount", equalTo(7), "questions", nullValue(), "passMark", equalTo(60));
        given().contentType(ContentType.JSON).body(ALL_RIGHT).post("/api/quizzes/01-basics.first/attempts")
                .then().statusCode(401);
        given().get("/api/me/attempts").then().statusCode(401);
        given().get("/api/quizzes/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "api-reader", roles = "learner")
    void questionsCarryNoAnswerData() {
        String body = given().get("/api/quizzes/01-basics.first").then().statusCode(200)
                .body("questions", hasSize(7), "questions[1].choices", hasSize(4), "questions[6].left", hasSize(2))
                .extract().asString();
        for (String marker : QuizFlowTest.KEY_MARKERS) {
            assertFalse(body.contains(marker), "the quiz API must not reveal '" + marker + "'");
        }
        assertFalse(body.contains("\"answer") || body.contains("correct") || body.contains("accept"), body);
    }

    static String startAttempt(String quizId) {
        return given().contentType(ContentType.JSON).body("{}").post("/api/quizzes/" + quizId + "/attempts")
                .then().statusCode(201).extract().path("token");
    }

    static String code(String token, String questionId, String authorId) {
        return (String) AttemptCodes.of(token, questionId, authorId)[0];
    }

    @Test
    @TestSecurity(user = "api-taker", roles = "learner")
    void startThenSubmitThenResubmit() {
        String token = given().contentType(ContentType.JSON).body("{}").post("/api/quizzes/01-basics.second/attempts")
                .then().statusCode(201).body("state", equalTo("IN_PROGRESS"), "questions", hasSize(2), "results", nullValue(),
                        "deadlineAt", notNullValue())
                .extract().path("token");
        String b = code(token, "q1", "b");
        String submit = "{\"attempt\": \"" + token + "\", \"answers\": {\"q1\": \"" + b + "\", \"q2\": true}}";
        // the attempt's token posted to another quiz's URL is unknown there, and grades nothing
        given().contentType(ContentType.JSON).body(submit).post("/api/quizzes/01-basics.first/attempts").then().statusCode(404);
        given().contentType(ContentType.JSON).body(submit).post("/api/quizzes/01-basics.second/attempts").then().statusCode(200)
                .body("state", equalTo("FINISHED"), "scorePercent", equalTo(100), "passed", equalTo(true),
                        "alreadyGraded", equalTo(false), "results[0].correctAnswer", equalTo(List.of(b)),
                        "results[0].response", equalTo(List.of(b)),
                        "results[1].sectionUrl", equalTo("/courses/demo/01-basics/second#lab"));
        String wrong = "{\"attempt\": \"" + token + "\", \"answers\": {\"q1\": \"" + code(token, "q1", "a") + "\"}}";
        given().contentType(ContentType.JSON).body(wrong).post("/api/quizzes/01-basics.second/attempts").then().statusCode(200)
                .body("alreadyGraded", equalTo(true), "scorePercent", equalTo(100));
        given().get("/api/me/attempts").then().statusCode(200)
                .body("token", hasItem(token), "find { it.token == '" + token + "' }.scorePercent", equalTo(100));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> QuizAttempt.forQuiz("api-taker", "01-basics.second")).size());
    }

    @Test
    @TestSecurity(user = "api-oneshot", roles = "learner")
    void answersNeedAnAttemptBecauseChoiceIdsArePerAttempt() {
        given().contentType(ContentType.JSON).body(ALL_RIGHT).post("/api/quizzes/01-basics.first/attempts").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("attempt"));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> QuizAttempt.forQuiz("api-oneshot", "01-basics.first")).size(),
                "nothing was stored");
    }

    @Test
    @TestSecurity(user = "api-tamperer", roles = "learner")
    void badAnswersAreProblemDetails() {
        String token = startAttempt("01-basics.first");
        given().contentType(ContentType.JSON).body("{\"attempt\": \"" + token + "\", \"answers\": {\"pick-one\": {\"x\": [1]}}}")
                .post("/api/quizzes/01-basics.first/attempts").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("pick-one"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"attempt\": \"" + token + "\", \"answers\": {\"ghost\": \"a\"}}")
                .post("/api/quizzes/01-basics.first/attempts").then().statusCode(400)
                .body("detail", containsString("does not have (ghost)"));
        given().contentType(ContentType.JSON)
                .body("{\"attempt\": \"" + token + "\", \"answers\": {\"pick-many\": [\"" + code(token, "pick-many", "api") + "\", \"nope\"]}}")
                .post("/api/quizzes/01-basics.first/attempts").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"attempt\": \"not-a-token\", \"answers\": {}}")
                .post("/api/quizzes/01-basics.first/attempts").then().statusCode(404);
        assertEquals(AttemptState.IN_PROGRESS,
                QuarkusTransaction.requiringNew().call(() -> QuizAttempt.forQuiz("api-tamperer", "01-basics.first")).get(0).state);
    }

    @Test
    @TestSecurity(user = "api-limited", roles = "learner")
    void maxAttemptsIsAConflict() {
        for (int i = 0; i < 2; i++) {
            String token = startAttempt("01-basics.second");
            given().contentType(ContentType.JSON).body("{\"attempt\": \"" + token + "\", \"answers\": {\"q1\": \"o1\"}}")
                    .post("/api/quizzes/01-basics.second/attempts")
                    .then().statusCode(200).body("attemptNumber", equalTo(i + 1));
        }
        given().contentType(ContentType.JSON).body("{}").post("/api/quizzes/01-basics.second/attempts").then().statusCode(409)
                .body("detail", containsString("2"));
    }
}
