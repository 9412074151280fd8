package academy.quiz.web;

import io.restassured.specification.RequestSpecification;

/** {@link QuizPages} for tests outside this package. */
public final class QuizPagesAccess {

    private QuizPagesAccess() {
    }

    public static RequestSpecification formFrom(String pageUrl) {
        return QuizPages.formFrom(pageUrl);
    }

    public static String start(String quizUrl) {
        return QuizPages.start(quizUrl);
    }
}
