package academy.quiz.web;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import academy.account.SignInLinks;
import academy.account.CurrentLearner;
import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.Lesson;
import academy.quiz.AttemptsExhaustedException;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttempts;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Start pages of lesson quizzes and module exams; POST starts (or resumes) an attempt. */
@Path("/courses/{courseId}")
@Produces(MediaType.TEXT_HTML)
public class QuizPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Course course, CourseModule module, Lesson lesson, QuizBox box,
                List<AttemptRow> attempts);
    }

    @Inject
    CourseCatalog courses;

    @Inject
    QuizCatalog quizzes;

    @Inject
    QuizAttempts attempts;

    @Inject
    AttemptViews views;

    @Inject
    CurrentLearner learner;

    @GET
    @Path("{moduleId}/{lessonSlug}/quiz")
    public TemplateInstance lessonQuiz(@PathParam("courseId") String courseId, @PathParam("moduleId") String moduleId,
            @PathParam("lessonSlug") String lessonSlug, @QueryParam("path") String pathId) {
        Quiz quiz = quizzes.lessonQuiz(courseId, moduleId, lessonSlug).orElseThrow(NotFoundException::new);
        return page(quiz, pathId);
    }

    @POST
    @Path("{moduleId}/{lessonSlug}/quiz")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startLessonQuiz(@PathParam("courseId") String courseId, @PathParam("moduleId") String moduleId,
            @PathParam("lessonSlug") String lessonSlug, @QueryParam("path") String pathId) {
        return start(quizzes.lessonQuiz(courseId, moduleId, lessonSlug).orElseThrow(NotFoundException::new), pathId);
    }

    @GET
    @Path("{moduleId}/exam")
    public TemplateInstance exam(@PathParam("courseId") String courseId, @PathParam("moduleId") String moduleId,
            @QueryParam("path") String pathId) {
        return page(quizzes.exam(courseId, moduleId).orElseThrow(NotFoundException::new), pathId);
    }

    @POST
    @Path("{moduleId}/exam")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startExam(@PathParam("courseId") String courseId, @PathParam("moduleId") String moduleId,
            @QueryParam("path") String pathId) {
        return start(quizzes.exam(courseId, moduleId).orElseThrow(NotFoundException::new), pathId);
    }

    private TemplateInstance page(Quiz quiz, String pathId) {
        Course course = courses.course(quiz.courseId()).orElseThrow(NotFoundException::new);
        CourseModule module = course.module(quiz.moduleId()).orElseThrow(NotFoundException::new);
        Lesson lesson = quiz.exam() ? null : module.lesson(quiz.lessonSlug()).orElseThrow(NotFoundException::new);
        String subject = learner.subjectOrNull();
        List<AttemptRow> rows = subject == null ? List.of()
                : attempts.attempts(subject, quiz.id()).stream().map(a -> AttemptRow.of(a, quiz)).toList();
        return Templates.start(course, module, lesson, views.box(quiz, subject, quiz.url() + AttemptPage.pathQuery(pathId), pathId), rows);
    }

    private Response start(Quiz quiz, String pathId) {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return Response.seeOther(URI.create(SignInLinks.loginThenBackTo(quiz.url()))).build();
        }
        try {
            QuizAttempt attempt = attempts.start(subject, quiz);
            return Response.seeOther(URI.create("/me/attempts/" + attempt.token + AttemptPage.pathQuery(pathId))).build();
        } catch (AttemptsExhaustedException e) {
            // The start page says that no attempts are left.
            return Response.seeOther(URI.create(quiz.url())).build();
        }
    }
}
