package academy.grades;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import academy.cohort.Cohort;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import academy.web.ErrorPages;
import academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Item analysis of a quiz for instructors: {@code /quizzes/{quizId}/statistics?cohort=&attempts=all}. Learners get
 * 403; a class the caller does not lead, or an unknown quiz, 404.
 */
@Path("/quizzes/{quizId}/statistics")
@Produces(MediaType.TEXT_HTML)
public class StatisticsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(QuizStatistics.Report report, Cohort cohort, List<Cohort> classes, boolean admin);

        static native TemplateInstance noClass();

        static native TemplateInstance notInstructor();
    }

    @Inject
    ClassScope scope;

    @Inject
    QuizCatalog quizzes;

    @Inject
    QuizStatistics statistics;

    @Inject
    Ui ui;

    @GET
    public Response page(@PathParam("quizId") String quizId, @QueryParam("cohort") String cohort, @QueryParam("attempts") String attempts) {
        if (!scope.mayTeach()) {
            return ErrorPages.page(403, Templates.notInstructor(), ui);
        }
        Quiz quiz = quizzes.quiz(quizId).orElseThrow(NotFoundException::new);
        ClassScope.Scope s = scope.resolve(cohort, true);
        if (s == null) {
            return Response.ok(Templates.noClass()).build();
        }
        QuizStatistics.Report report = statistics.report(quiz, s.subjects(), "all".equals(attempts));
        return Response.ok(Templates.statistics(report, s.cohort(), s.visible(), scope.admin())).build();
    }

    static Response forbidden(Ui ui) {
        return ErrorPages.page(403, Templates.notInstructor(), ui);
    }
}
