package academy.quiz.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Test helper: drives the quiz pages like a browser does (CSRF cookie plus form field). */
final class QuizPages {

    static final String FIRST_QUIZ = "/courses/demo/01-basics/first/quiz";
    static final String SECOND_QUIZ = "/courses/demo/01-basics/second/quiz";
    static final String EXAM = "/courses/demo/01-basics/exam";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("^/me/attempts/([A-Za-z0-9_-]+)");

    private QuizPages() {
    }

    /** A form post carrying the CSRF token of the page it was "clicked" on. */
    static RequestSpecification formFrom(String pageUrl) {
        String[] pair = academy.Forms.tokenPair(pageUrl);
        return given().redirects().follow(false).cookie("academy-csrf", pair[0]).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", pair[1]);
    }

    /** Starts (or resumes) an attempt from the quiz's start page and returns its token. */
    static String start(String quizUrl) {
        Response r = formFrom(quizUrl).post(quizUrl);
        r.then().statusCode(303);
        return tokenOf(r.header("Location"));
    }

    static String tokenOf(String location) {
        String path = location.replaceFirst("^https?://[^/]+", "");
        Matcher m = TOKEN.matcher(path);
        assertTrue(m.find(), "redirect to an attempt page, got " + location);
        return m.group(1);
    }
}
