package academy.grades;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import academy.cohort.Cohort;
import academy.content.model.Course;
import academy.quiz.QuizAttempt;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import academy.quiz.web.AttemptView;
import academy.quiz.web.AttemptViews;
import academy.quiz.web.QuizTexts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A class's gradebook ({@code /cohorts/{id}/grades}), its CSV, and a read-only review of any member's graded
 * attempt. Only the class's leads and admins; another class, or an attempt of someone not in the class, is 404.
 */
@Path("/cohorts/{id}/grades")
public class GradebookPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance gradebook(Gradebook book, List<Course> courses);

        static native TemplateInstance review(Cohort cohort, ClassData.Learner learner, AttemptView attempt);
    }

    @Inject
    ClassScope scope;

    @Inject
    ClassData data;

    @Inject
    QuizCatalog quizzes;

    @Inject
    AttemptViews views;

    @Inject
    QuizTexts texts;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("id") String id, @QueryParam("course") String course) {
        return Templates.gradebook(book(scope.lead(id), course), data.courses());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id, @QueryParam("course") String course) {
        Gradebook book = book(scope.lead(id), course);
        String file = "cohort-" + book.cohort().id + "-grades-" + book.course().id() + ".csv";
        return Response.ok(book.csv()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @GET
    @Path("attempts/{attempt}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance review(@PathParam("id") String id, @PathParam("attempt") String attemptId) {
        Cohort cohort = scope.lead(id);
        QuizAttempt attempt = QuizAttempt.findById(ClassScope.parse(attemptId));
        if (attempt == null || !attempt.finished()) {
            throw new NotFoundException();
        }
        ClassData.Learner learner = data.learners(cohort).stream().filter(l -> l.subject().equals(attempt.subject)).findFirst()
                .orElseThrow(NotFoundException::new);
        Quiz quiz = quizzes.quiz(attempt.quizId).orElseThrow(NotFoundException::new);
        return Templates.review(cohort, learner, views.view(attempt, quiz, texts.messages()));
    }

    Gradebook book(Cohort cohort, String courseId) {
        List<Course> courses = data.courses();
        Course course = courseId == null || courseId.isBlank() ? courses.stream().findFirst().orElseThrow(NotFoundException::new)
                : courses.stream().filter(c -> c.id().equals(courseId)).findFirst().orElseThrow(NotFoundException::new);
        List<ClassData.Learner> learners = data.learners(cohort);
        List<QuizAttempt> graded = data.gradedInCourse(course.id(), learners.stream().map(ClassData.Learner::subject).toList());
        return Gradebook.of(cohort, course, data.quizzes(course), learners, graded);
    }
}
