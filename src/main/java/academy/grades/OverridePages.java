package academy.grades;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import academy.cohort.Cohort;
import academy.cohort.CohortAccess;
import academy.quiz.content.Quiz;
import academy.web.ErrorPages;
import academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A class's quiz overrides: list, add (for the class or one of its learners), delete. The class's leads and admins
 * only (others 404); forms carry the CSRF token; POST → redirect → GET; a bad form re-renders with a 400 and keeps
 * what was typed.
 */
@Path("/cohorts/{id}/overrides")
@Produces(MediaType.TEXT_HTML)
public class OverridePages {

    static final int MAX_MINUTES = 24 * 60 * 7;
    static final int MAX_ATTEMPTS = 100;

    /** What the form shows, and on a bad post what was typed. */
    public record Form(String quiz, String learner, String timeLimit, String maxAttempts, String opens, String closes) {
        static final Form EMPTY = new Form("", "", "", "", "", "");
    }

    /** One override for the list: its quiz, learner (null = class) and values. */
    public record Row(QuizOverride override, Quiz quiz, ClassData.Learner learner) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overrides(Cohort cohort, List<Row> rows, List<Quiz> quizzes, List<ClassData.Learner> learners,
                Form form, String flash, String error);
    }

    @Inject
    ClassScope scope;

    @Inject
    CohortAccess access;

    @Inject
    ClassData data;

    @Inject
    QuizOverrides overrides;

    @Inject
    GradesTexts texts;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance page(@PathParam("id") String id, @QueryParam("done") String done) {
        Cohort cohort = scope.lead(id);
        String flash = "saved".equals(done) ? texts.messages().flash_saved() : "deleted".equals(done) ? texts.messages().flash_deleted() : null;
        return page(cohort, Form.EMPTY, flash, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") String id, MultivaluedMap<String, String> params) {
        Cohort cohort = scope.lead(id);
        Form form = new Form(field(params, "quiz"), field(params, "learner"), field(params, "timeLimit"), field(params, "maxAttempts"),
                field(params, "opens"), field(params, "closes"));
        GradesMessages m = texts.messages();
        List<Quiz> quizzes = allQuizzes();
        if (quizzes.stream().noneMatch(q -> q.id().equals(form.quiz()))) {
            return bad(cohort, form, m.err_quiz());
        }
        String subject = null;
        if (!form.learner().isEmpty()) {
            Optional<ClassData.Learner> l = data.learners(cohort).stream().filter(x -> x.username().equals(form.learner())).findFirst();
            if (l.isEmpty()) {
                return bad(cohort, form, m.err_learner());
            }
            subject = l.get().subject();
        }
        Integer time;
        Integer attempts;
        try {
            time = number(form.timeLimit(), MAX_MINUTES);
        } catch (IllegalArgumentException e) {
            return bad(cohort, form, m.err_time_limit(MAX_MINUTES));
        }
        try {
            attempts = number(form.maxAttempts(), MAX_ATTEMPTS);
        } catch (IllegalArgumentException e) {
            return bad(cohort, form, m.err_max_attempts(MAX_ATTEMPTS));
        }
        Instant opens;
        Instant closes;
        try {
            opens = time(form.opens());
            closes = time(form.closes());
        } catch (DateTimeParseException e) {
            return bad(cohort, form, m.err_time());
        }
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            return bad(cohort, form, m.err_window());
        }
        if (time == null && attempts == null && opens == null && closes == null) {
            return bad(cohort, form, m.err_empty());
        }
        overrides.create(cohort.id, form.quiz(), subject, time, attempts, opens, closes, access.user().subject());
        return Response.seeOther(URI.create("/cohorts/" + cohort.id + "/overrides?done=saved")).build();
    }

    @POST
    @Path("{override}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id, @PathParam("override") String overrideId) {
        Cohort cohort = scope.lead(id);
        if (!overrides.delete(cohort.id, ClassScope.parse(overrideId))) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/cohorts/" + cohort.id + "/overrides?done=deleted")).build();
    }

    private Response bad(Cohort cohort, Form form, String error) {
        return ErrorPages.page(400, page(cohort, form, null, error), ui);
    }

    private TemplateInstance page(Cohort cohort, Form form, String flash, String error) {
        List<Quiz> quizzes = allQuizzes();
        Map<String, Quiz> byId = quizzes.stream().collect(Collectors.toMap(Quiz::id, q -> q, (a, b) -> a));
        List<ClassData.Learner> learners = data.learners(cohort);
        Map<String, ClassData.Learner> bySubject = learners.stream().collect(Collectors.toMap(ClassData.Learner::subject, l -> l, (a, b) -> a));
        List<Row> rows = overrides.inCohort(cohort.id).stream()
                .map(o -> new Row(o, byId.get(o.quizId), o.subject == null ? null
                        : bySubject.getOrDefault(o.subject, new ClassData.Learner(o.subject, o.subject, o.subject, null))))
                .toList();
        return Templates.overrides(cohort, rows, quizzes, learners, form, flash, error);
    }

    private List<Quiz> allQuizzes() {
        return data.courses().stream().flatMap(c -> data.quizzes(c).stream()).toList();
    }

    private static String field(MultivaluedMap<String, String> params, String name) {
        String v = params.getFirst(name);
        v = v == null ? "" : v.strip();
        return v.length() > 200 ? v.substring(0, 200) : v;
    }

    /** Empty → null; otherwise a whole number 0..max. */
    static Integer number(String v, int max) {
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > 6 || !v.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(v);
        }
        int n = Integer.parseInt(v);
        if (n > max) {
            throw new IllegalArgumentException(v);
        }
        return n;
    }

    /** A datetime-local value (yyyy-MM-ddTHH:mm, or with a space) in the cohort zone; empty → null. */
    Instant time(String v) {
        if (v.isEmpty()) {
            return null;
        }
        return LocalDateTime.parse(v.replace(' ', 'T')).atZone(texts.zone()).toInstant();
    }
}
