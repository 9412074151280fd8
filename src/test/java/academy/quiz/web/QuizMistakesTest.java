package academy.quiz.web;

import static academy.quiz.web.QuizPages.EXAM;
import static academy.quiz.web.QuizPages.FIRST_QUIZ;
import static academy.quiz.web.QuizPages.formFrom;
import static academy.quiz.web.QuizPages.start;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import academy.quiz.AttemptCodes;
import academy.quiz.QuizAppProfile;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttemptAnswer;
import academy.quiz.QuizAttempts;
import academy.quiz.content.QuizCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;

/** The 错题本 across attempts: a mistake stays until answered right later or dismissed. */
@QuarkusTest
@TestProfile(QuizAppProfile.class)
class QuizMistakesTest {

    @Inject
    QuizAttempts attempts;

    @Inject
    QuizCatalog catalog;

    static void submit(String token, RequestSpecification form) {
        form.post("/me/attempts/" + token).then().statusCode(303);
    }

    static String mistakes() {
        return given().get("/me/mistakes").then().statusCode(200).extract().asString();
    }

    static Set<String> listed(String page) {
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile("class=\"quiz-review [^\"]*\" data-question=\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    static String dismissId(String page, String questionId) {
        Matcher m = Pattern.compile("data-mistake=\"(\\d+)\">\\s*<p[^>]*>[^<]*</p>\\s*<section class=\"quiz-review [^\"]*\" data-question=\""
                + Pattern.quote(questionId) + "\"").matcher(page);
        assertTrue(m.find(), questionId + " has a dismiss form:\n" + page);
        return m.group(1);
    }

    static List<String> asked(String token) {
        return QuarkusTransaction.requiringNew().call(() -> QuizAttempt.findByToken(token).orElseThrow().answers.stream()
                .map(a -> a.questionId).toList());
    }

    /** Every question of the first quiz right, except one answered with the given value. */
    static RequestSpecification allRightBut(String token, String question, String value) {
        RequestSpecification form = formFrom("/me/attempts/" + token);
        java.util.Map<String, String[]> right = java.util.Map.of("pick-one", new String[] { "a" }, "pick-many", new String[] { "sched", "api" },
                "yes-no", new String[] { "false" }, "name-it", new String[] { "etcd" }, "chain", new String[] { "authn", "authz", "admit" },
                "default-value", new String[] { "4242" }, "pairs", new String[] { "reflector=listwatch", "indexer=cache" });
        for (var e : right.entrySet()) {
            form = form.formParam("q." + e.getKey(), e.getKey().equals(question) ? AttemptCodes.of(token, question, value)
                    : AttemptCodes.of(token, e.getKey(), e.getValue()));
        }
        return form;
    }

    /** The fixture exam's true/false keys. */
    static String right(String question) {
        return question.equals("e3") ? "false" : "true";
    }

    static String wrong(String question) {
        return question.equals("e3") ? "true" : "false";
    }

    @Test
    @TestSecurity(user = "mistake-keeper", roles = "learner")
    void aPassedLaterAttemptKeepsMistakesOfQuestionsItDidNotAsk() {
        String first = start(EXAM);
        List<String> firstAsked = asked(first);
        RequestSpecification allWrong = formFrom("/me/attempts/" + first);
        for (String q : firstAsked) {
            allWrong = allWrong.formParam("q." + q, wrong(q));
        }
        submit(first, allWrong);
        assertEquals(new HashSet<>(firstAsked), listed(mistakes()));

        // retake until an attempt draws a different pair (answering repeats wrong), then answer that one right:
        // the question it did not ask stays a mistake
        Set<String> notAskedAgain = Set.of();
        for (int i = 0; i < 30 && notAskedAgain.isEmpty(); i++) {
            String next = start(EXAM);
            List<String> nextAsked = asked(next);
            boolean different = !new HashSet<>(nextAsked).equals(new HashSet<>(firstAsked));
            RequestSpecification form = formFrom("/me/attempts/" + next);
            for (String q : nextAsked) {
                form = form.formParam("q." + q, different ? right(q) : wrong(q));
            }
            submit(next, form);
            if (different) {
                Set<String> left = new HashSet<>(firstAsked);
                left.removeAll(nextAsked);
                notAskedAgain = left;
            }
        }
        assertEquals(1, notAskedAgain.size(), "a later draw asked a different pair");
        String page = mistakes();
        assertEquals(notAskedAgain, listed(page), "answered right later: gone; never asked again: kept, though the exam was passed");
        // every attempt before the last (all wrong) asked it; the last did not
        int attemptsTaken = QuarkusTransaction.requiringNew().call(() -> QuizAttempt.forQuiz("mistake-keeper", "01-basics.exam").size());
        assertTrue(page.matches("(?s).*最近一次答错：\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d（第 " + (attemptsTaken - 1) + " 次作答）.*"),
                "when it was last wrong: " + page);
    }

    @Test
    @TestSecurity(user = "mistake-dismisser", roles = "learner")
    void dismissingHidesAMistakeUntilItIsMissedAgain() {
        String first = start(FIRST_QUIZ);
        submit(first, allRightBut(first, "pick-one", "b"));
        String page = mistakes();
        assertEquals(Set.of("pick-one"), listed(page));
        String id = dismissId(page, "pick-one");

        // nonsense ids are not found
        formFrom("/me/mistakes").post("/me/mistakes/999999999/dismiss").then().statusCode(404);
        formFrom("/me/mistakes").post("/me/mistakes/abc/dismiss").then().statusCode(404);

        formFrom("/me/mistakes").post("/me/mistakes/" + id + "/dismiss").then().statusCode(303)
                .header("Location", endsWith("/me/mistakes?dismissed=true"));
        given().get("/me/mistakes?dismissed=true").then().statusCode(200).body(containsString("已移出错题本"));
        assertTrue(listed(mistakes()).isEmpty(), "dismissed");
        // dismissing twice (a double click) is harmless
        formFrom("/me/mistakes").post("/me/mistakes/" + id + "/dismiss").then().statusCode(303);

        // missed again: back, counted twice; answered right: gone
        String second = start(FIRST_QUIZ);
        submit(second, formFrom("/me/attempts/" + second).formParam("q.pick-one", AttemptCodes.of(second, "pick-one", "c")));
        Set<String> again = listed(mistakes());
        assertTrue(again.contains("pick-one") && again.contains("yes-no"), again.toString());
        assertTrue(mistakes().contains("答错 2 次"), "pick-one was missed twice");
        String third = start(FIRST_QUIZ);
        submit(third, QuizFlowTest.allRight(third, formFrom("/me/attempts/" + third)));
        assertTrue(listed(mistakes()).isEmpty(), "everything answered right in the latest attempt");
        given().header("Accept-Language", "en").get("/me/mistakes").then().body(containsString("no open mistakes"));
    }

    @Test
    @TestSecurity(user = "mistake-owner-bob", roles = "learner")
    void anotherLearnersMistakeCannotBeDismissed() {
        String alices = attempts.start("mistake-alice", catalog.quiz("01-basics.first").orElseThrow()).token;
        attempts.submit("mistake-alice", alices, java.util.Map.of());
        Long aliceRow = QuarkusTransaction.requiringNew().call(() -> QuizAttempt.findByToken(alices).orElseThrow().answers.get(0).id);
        formFrom("/me/mistakes").post("/me/mistakes/" + aliceRow + "/dismiss").then().statusCode(404);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> academy.quiz.MistakeDismissal.count("quizId = ?1 and questionId = ?2",
                "01-basics.first", QuarkusTransaction.requiringNew().call(() -> QuizAttemptAnswer.<QuizAttemptAnswer>findById(aliceRow).questionId))));
        // bob's own right answer is no mistake to dismiss
        String mine = start(FIRST_QUIZ);
        submit(mine, QuizFlowTest.allRight(mine, formFrom("/me/attempts/" + mine)));
        Long rightRow = QuarkusTransaction.requiringNew().call(() -> QuizAttempt.findByToken(mine).orElseThrow().answers.get(0).id);
        formFrom("/me/mistakes").post("/me/mistakes/" + rightRow + "/dismiss").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "mistake-removed", roles = "learner")
    void questionsRemovedFromTheQuizDisappear() {
        String token = start(FIRST_QUIZ);
        submit(token, formFrom("/me/attempts/" + token).formParam("q.pick-one", AttemptCodes.of(token, "pick-one", "a")));
        assertTrue(listed(mistakes()).contains("yes-no"));
        // as if the question had since been deleted from the quiz file
        QuarkusTransaction.requiringNew().run(() -> QuizAttemptAnswer.update("questionId = 'deleted-question' where questionId = 'yes-no' "
                + "and attempt.id = (select a.id from QuizAttempt a where a.token = ?1)", token));
        String page = mistakes();
        assertFalse(listed(page).contains("deleted-question") || page.contains("deleted-question"), page);
        assertFalse(listed(page).isEmpty(), "the other mistakes stay");
    }
}
