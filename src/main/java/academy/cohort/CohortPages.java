package academy.cohort;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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

import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.web.ErrorPages;
import academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The lead's side of onboarding: cohorts, the roster × items matrix, assignments, a page per learner.
 * Access is decided by {@link CohortAccess} on every request; state changes are POST → redirect → GET.
 */
@Path("/cohorts")
@Produces(MediaType.TEXT_HTML)
public class CohortPages {

    static final int MAX_NAME = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Cohort> cohorts, boolean admin, String error, String name);

        static native TemplateInstance cohort(CohortReport report, RosterPage roster, String filter, String sort, String q,
                String chart, CohortChart.Series series, List<Assignment> history, List<CohortMember> leads,
                List<CohortMember> pending, List<CohortMember> former, boolean admin, String flash, String error);

        static native TemplateInstance assignmentForm(Cohort cohort, Course course, AssignmentForm form, Assignment editing);

        static native TemplateInstance learner(CohortReport report, MemberRow row);

        static native TemplateInstance notLead();
    }

    @Inject
    CohortAccess access;

    @Inject
    CohortService cohorts;

    @Inject
    CohortProgress progress;

    @Inject
    CourseCatalog catalog;

    @Inject
    CohortTexts texts;

    @Inject
    Ui ui;

    @GET
    public Response list() {
        if (!access.mayLead()) {
            return ErrorPages.page(403, Templates.notLead(), ui);
        }
        return Response.ok(Templates.list(access.visible(), access.admin(), null, "")).build();
    }

    @POST
    public Response create(MultivaluedMap<String, String> form) {
        access.requireAdmin();
        String name = trimmed(form.getFirst("name"));
        if (name.isEmpty() || name.length() > MAX_NAME) {
            TemplateInstance page = Templates.list(access.visible(), true, texts.messages().err_name(MAX_NAME), name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
            return ErrorPages.page(400, page, ui);
        }
        Cohort c = cohorts.create(name, access.user().subject());
        return seeOther("/cohorts/" + c.id);
    }

    @GET
    @Path("{id}")
    public TemplateInstance cohort(@PathParam("id") String id, @QueryParam("filter") String filter, @QueryParam("sort") String sort,
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("done") String flash) {
        Cohort cohort = access.lead(parse(id));
        return cohortPage(cohort, filter, sort, q, page, flash, null);
    }

    private TemplateInstance cohortPage(Cohort cohort, String filter, String sort, String flash, String error) {
        return cohortPage(cohort, filter, sort, null, null, flash, error);
    }

    private TemplateInstance cohortPage(Cohort cohort, String filter, String sort, String q, String page, String flash, String error) {
        CohortReport report = progress.report(cohort);
        CohortChart.Series series = CohortChart.series(report, progress.zone());
        String chart = CohortChart.svg(series, texts.messages().chart_plan(), texts.messages().chart_actual());
        List<Assignment> history = Assignment.list("cohortId = ?1 and removedAt is not null order by removedAt desc", cohort.id);
        List<CohortMember> leads = CohortMember.list("cohortId = ?1 and role = ?2 and leftAt is null order by username", cohort.id, CohortMember.Role.LEAD);
        List<CohortMember> pending = CohortMember.list("cohortId = ?1 and subject is null and leftAt is null order by username", cohort.id);
        List<CohortMember> former = CohortMember.list("cohortId = ?1 and leftAt is not null order by leftAt desc", cohort.id);
        String f = filter != null && CohortReport.FILTERS.contains(filter) ? filter : "all";
        String s = sort != null && CohortReport.SORTS.contains(sort) ? sort : "name";
        String query = RosterPage.query(q);
        List<MemberRow> view = report.view(f, s).stream().filter(r -> RosterPage.matches(r, query)).toList();
        RosterPage roster = RosterPage.of(view, page, cohort.id, f, s, query);
        return Templates.cohort(report, roster, f, s, query, chart, series, history, leads, pending, former, access.admin(),
                flash == null ? null : flashText(flash), error);
    }

    private String flashText(String key) {
        CohortMessages m = texts.messages();
        return switch (key) {
            case "assigned" -> m.flash_assigned();
            case "updated" -> m.flash_updated();
            case "removed" -> m.flash_removed();
            case "member" -> m.flash_member();
            case "member-exists" -> m.flash_member_exists();
            case "left" -> m.flash_left();
            case "renamed" -> m.flash_renamed();
            default -> null;
        };
    }

    /** One row per learner × item, UTF-8 with a BOM so that Excel shows Chinese names (columns in docs/onboarding.md). */
    @GET
    @Path("{id}/progress.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id) {
        Cohort cohort = access.lead(parse(id));
        byte[] body = CohortExports.csv(progress.report(cohort), progress.zone());
        String file = "cohort-" + cohort.id + "-progress-" + progress.today() + ".csv";
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @GET
    @Path("{id}/learners/{member}")
    public TemplateInstance learner(@PathParam("id") String id, @PathParam("member") String member) {
        Cohort cohort = access.lead(parse(id));
        CohortReport report = progress.report(cohort);
        MemberRow row = report.row(parse(member));
        if (row == null) {
            throw new NotFoundException();
        }
        return Templates.learner(report, row);
    }

    @GET
    @Path("{id}/assignments/new")
    public TemplateInstance newAssignment(@PathParam("id") String id) {
        Cohort cohort = access.lead(parse(id));
        Course course = course(null);
        AssignmentForm form = new AssignmentForm();
        form.startDate = progress.today().toString();
        form.path = course.paths().isEmpty() ? "" : course.paths().get(0).id();
        return Templates.assignmentForm(cohort, course, form, null);
    }

    @POST
    @Path("{id}/assignments")
    public Response assign(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Cohort cohort = access.lead(parse(id));
        Course course = course(posted.getFirst("course"));
        AssignmentForm form = AssignmentForm.read(posted);
        Assignment a = cohorts.create(cohort.id, course, form, texts.messages(), access.user().subject());
        if (a == null) {
            return ErrorPages.page(400, Templates.assignmentForm(cohort, course, form, null), ui);
        }
        return seeOther("/cohorts/" + cohort.id + "?done=assigned");
    }

    @GET
    @Path("{id}/assignments/{aid}")
    public TemplateInstance editAssignment(@PathParam("id") String id, @PathParam("aid") String aid) {
        Cohort cohort = access.lead(parse(id));
        Assignment a = activeAssignment(cohort, aid);
        return Templates.assignmentForm(cohort, course(a.courseId), AssignmentForm.of(a), a);
    }

    @POST
    @Path("{id}/assignments/{aid}")
    public Response updateAssignment(@PathParam("id") String id, @PathParam("aid") String aid, MultivaluedMap<String, String> posted) {
        Cohort cohort = access.lead(parse(id));
        Assignment a = activeAssignment(cohort, aid);
        Course course = course(a.courseId);
        AssignmentForm form = AssignmentForm.read(posted);
        try {
            if (!cohorts.update(a, course, form, texts.messages())) {
                return ErrorPages.page(400, Templates.assignmentForm(cohort, course, form, a), ui);
            }
        } catch (CohortService.StaleEditException e) {
            form.errors.add(texts.messages().err_stale());
            form.version = Integer.toString(cohorts.assignment(cohort.id, a.id).version);
            return ErrorPages.page(409, Templates.assignmentForm(cohort, course, form, a), ui);
        }
        return seeOther("/cohorts/" + cohort.id + "?done=updated");
    }

    @POST
    @Path("{id}/assignments/{aid}/remove")
    public Response removeAssignment(@PathParam("id") String id, @PathParam("aid") String aid) {
        Cohort cohort = access.lead(parse(id));
        cohorts.remove(cohort.id, parse(aid), access.user().subject());
        return seeOther("/cohorts/" + cohort.id + "?done=removed");
    }

    @POST
    @Path("{id}/members")
    public Response addMember(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Cohort cohort = access.lead(parse(id));
        access.requireAdmin();
        String username = trimmed(form.getFirst("username"));
        String roleText = trimmed(form.getFirst("role"));
        CohortMember.Role role = "LEAD".equals(roleText) ? CohortMember.Role.LEAD : "LEARNER".equals(roleText) || roleText.isEmpty() ? CohortMember.Role.LEARNER : null;
        if (username.isEmpty() || username.length() > 255 || !username.matches("[\\p{L}\\p{N}._@+-]+") || role == null) {
            return ErrorPages.page(400, cohortPage(cohort, null, null, null, texts.messages().err_username(username.length() > 80 ? username.substring(0, 80) + "…" : username)), ui);
        }
        boolean added = cohorts.addMember(cohort.id, username, role);
        return seeOther("/cohorts/" + cohort.id + "?done=" + (added ? "member" : "member-exists"));
    }

    @POST
    @Path("{id}/members/{member}/end")
    public Response endMembership(@PathParam("id") String id, @PathParam("member") String member) {
        Cohort cohort = access.lead(parse(id));
        access.requireAdmin();
        cohorts.endMembership(cohort.id, parse(member));
        return seeOther("/cohorts/" + cohort.id + "?done=left");
    }

    @POST
    @Path("{id}/name")
    public Response rename(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Cohort cohort = access.lead(parse(id));
        access.requireAdmin();
        String name = trimmed(form.getFirst("name"));
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return ErrorPages.page(400, cohortPage(cohort, null, null, null, texts.messages().err_name(MAX_NAME)), ui);
        }
        cohorts.rename(cohort.id, name);
        return seeOther("/cohorts/" + cohort.id + "?done=renamed");
    }

    /** An assignment of this cohort that is still on the schedule; removed or foreign ones are not found. */
    private Assignment activeAssignment(Cohort cohort, String aid) {
        Assignment a = cohorts.assignment(cohort.id, parse(aid));
        if (a.removed()) {
            throw new NotFoundException();
        }
        return a;
    }

    private Course course(String courseId) {
        if (courseId == null || courseId.isBlank()) {
            return catalog.featured().orElseThrow(NotFoundException::new);
        }
        return catalog.course(courseId).orElseThrow(() -> new BadRequestException(texts.messages().err_course(courseId.length() > 60 ? courseId.substring(0, 60) : courseId)));
    }

    /** Ids are positive numbers; anything else is an unknown page. */
    static long parse(String id) {
        if (id == null || id.length() > 18 || !id.chars().allMatch(Character::isDigit) || id.isEmpty()) {
            throw new NotFoundException();
        }
        return Long.parseLong(id);
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
