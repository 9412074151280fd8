package academy.grades;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import academy.web.ErrorPages;

/**
 * {@code GET /api/quizzes/{quizId}/statistics?cohort={id}&attempts=all}: the item analysis as JSON (fields in
 * docs/instructors.md). Instructors must name a class they lead; admins may leave it out for everyone.
 */
@Path("/api/quizzes/{quizId}/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsApi {

    public record OptionDto(String id, int count) {
    }

    public record QuestionDto(int number, String id, String type, String lesson, String section, int responses, int unanswered,
            Double facility, Double sd, Double discrimination, Double efficiency, List<OptionDto> options, List<String> flags) {
    }

    public record StatisticsDto(String quizId, String title, Long cohort, String attempts, int attemptCount, List<QuestionDto> questions) {
    }

    @Inject
    ClassScope scope;

    @Inject
    QuizCatalog quizzes;

    @Inject
    QuizStatistics statistics;

    @GET
    public Response statistics(@PathParam("quizId") String quizId, @QueryParam("cohort") String cohort, @QueryParam("attempts") String attempts) {
        if (!scope.mayTeach()) {
            return ErrorPages.problem(403, "Forbidden", "only instructors and admins can read quiz statistics");
        }
        Quiz quiz = quizzes.quiz(quizId).orElseThrow(NotFoundException::new);
        if (attempts != null && !attempts.equals("all") && !attempts.equals("first")) {
            return ErrorPages.problem(400, "Bad Request", "attempts must be 'first' or 'all'");
        }
        ClassScope.Scope s = scope.resolve(cohort, false);
        if (s == null) {
            return ErrorPages.problem(400, "Bad Request", "name one of your cohorts: ?cohort={id}");
        }
        QuizStatistics.Report r = statistics.report(quiz, s.subjects(), "all".equals(attempts));
        return Response.ok(dto(r, s.cohortId())).build();
    }

    static StatisticsDto dto(QuizStatistics.Report r, Long cohort) {
        List<QuestionDto> questions = r.questions().stream().map(q -> new QuestionDto(q.number(), q.question().id(),
                q.question().type().yamlName(), q.question().lessonSlug(), q.question().section(), q.stats().responses(),
                q.stats().unanswered(), round(q.stats().facility()), round(q.stats().sd()), round(q.stats().discrimination()),
                round(q.stats().efficiency()), q.options().stream().map(o -> new OptionDto(o.id(), o.count())).toList(),
                q.stats().flags().stream().map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList())).toList();
        return new StatisticsDto(r.quiz().id(), r.quiz().title(), cohort, r.allAttempts() ? "all" : "first", r.attempts(), questions);
    }

    /** Four decimals: enough for any report, and stable in JSON. */
    static Double round(Double v) {
        return v == null ? null : Math.round(v * 10000) / 10000.0;
    }
}
