package academy.quiz.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.CurrentLearner;
import academy.quiz.content.QuizCatalog;

/**
 * The quiz panel for lesson and module pages ({@code inject:quizBoxes} in their templates), so the
 * course pages show quizzes without depending on the quiz engine's classes.
 */
@Named("quizBoxes")
@RequestScoped
public class QuizBoxes {

    @Inject
    QuizCatalog catalog;

    @Inject
    AttemptViews views;

    @Inject
    CurrentLearner learner;

    @Inject
    academy.web.Ui ui;

    @Inject
    io.vertx.core.http.HttpServerRequest request;

    /** The lesson's quiz panel, or null when the lesson has no quiz. */
    public QuizBox lesson(String courseId, String moduleId, String lessonSlug) {
        return catalog.lessonQuiz(courseId, moduleId, lessonSlug)
                .map(q -> views.box(q, learner.subjectOrNull(), ui.currentUri(), request.getParam("path"))).orElse(null);
    }

    /** The module's exam panel, or null when the module has no exam. */
    public QuizBox exam(String courseId, String moduleId) {
        return catalog.exam(courseId, moduleId).map(q -> views.box(q, learner.subjectOrNull(), ui.currentUri(), request.getParam("path"))).orElse(null);
    }
}
