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

    @Test
    @TestSecurity(user = "api-taker", roles = "learner")
    void startThenSubmitThenResubmit() {
        String token = given().contentType(ContentType.JSON).body("{}").post("/api/quizzes/01-basics.second/attempts")
                .then().statusCode(201).body("state", equalTo("IN_PROGRESS"), "questions", hasSize(2), "results", nullValue(),
                        "deadlineAt", notNullValue())
                .extract().path("token");
        String submit = "{\"attempt\": \"" + token + "\", \"answers\": {\"q1\": \"b\", \"q2\": true}}";
        given().contentType(ContentType.JSON).body(submit).post("/api/quizzes/01-basics.second/attempts").then().statusCode(200)
                .body("state", equalTo("FINISHED"), "scorePercent", equalTo(100), "passed", equalTo(true),
                        "alreadyGraded", equalTo(false), "results[0].correctAnswer", equalTo(List.of("b")),
                        "results[1].sectionUrl", equalTo("/courses/demo/01-basics/second#lab"));
        String wrong = "{\"attempt\": \"" + token + "\", \"answers\": {\"q1\": \"a\"}}";
        given().contentType(ContentType.JSON).body(wrong).post("/api/quizzes/01-basics.second/attempts").then().statusCode(200)
                .body("alreadyGraded", equalTo(true), "scorePercent", equalTo(100));
        given().get("/api/me/attempts").then().statusCode(200)
                .body("token", hasItem(token), "find { it.token == '" + token + "' }.scorePercent", equalTo(100));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> QuizAttempt.forQuiz("api-taker", "01-basics.second")).size());
    }

    @Test
    @TestSecurity(user = "api-oneshot", roles = "learner")
    void answersWithoutAnAttemptStartAndGradeInOneCall() {
        given().contentType(ContentType.JSON).body(ALL_RIGHT).post("/api/quizzes/01-basics.first/attempts").then().statusCode(200)
                .body("scorePercent", equalTo(100), "attemptNumber", equalTo(1), "results", hasSize(7),
                        "results.find { it.id == 'pairs' }.correctAnswer", equalTo(List.of("reflector=listwatch", "indexer=cache")));
    }

    @Test
    @TestSecurity(user = "api-tamperer", roles = "learner")
    void badAnswersAreProblemDetails() {
        given().contentType(ContentType.JSON).body("{\"answers\": {\"pick-one\": {\"x\": [1]}}}")
                .post("/api/quizzes/01-basics.first/attempts").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("pick-one"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("{\"answers\": {\"ghost\": \"a\"}}")
                .post("/api/quizzes/01-basics.first/attempts").then().statusCode(400)
                .body("detail", containsString("does not have (ghost)"));
        given().contentType(ContentType.JSON).body("{\"answers\": {\"pick-many\": [\"api\", \"nope\"]}}")
                .post("/api/quizzes/01-basics.first/attempts").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"attempt\": \"not-a-token\", \"answers\": {}}")
                .post("/api/quizzes/01-basics.first/attempts").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "api-limited", roles = "learner")
    void maxAttemptsIsAConflict() {
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body("{\"answers\": {\"q1\": \"a\"}}").post("/api/quizzes/01-basics.second/attempts")
                    .then().statusCode(200).body("attemptNumber", equalTo(i + 1));
        }
        given().contentType(ContentType.JSON).body("{}").post("/api/quizzes/01-basics.second/attempts").then().statusCode(409)
                .body("detail", containsString("2"));
    }
}
