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
import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /courses/{course}/weak-sections?class=}: the course's sections by the class's mean facility, weakest first. */
@Path("/courses/{courseId}/weak-sections")
@Produces(MediaType.TEXT_HTML)
public class WeakSectionsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance weakSections(Course course, Cohort cohort, List<Cohort> classes, boolean admin,
                List<SectionRollup.SectionMark> sections);
    }

    @Inject
    ClassScope scope;

    @Inject
    CourseCatalog catalog;

    @Inject
    SectionRollup rollup;

    @Inject
    Ui ui;

    @GET
    public Response page(@PathParam("courseId") String courseId, @QueryParam("class") String cohort) {
        if (!scope.mayTeach()) {
            return StatisticsPage.forbidden(ui);
        }
        Course course = catalog.course(courseId).orElseThrow(NotFoundException::new);
        ClassScope.Scope s = scope.resolve(cohort, true);
        if (s == null) {
            return Response.ok(StatisticsPage.Templates.noClass()).build();
        }
        List<SectionRollup.SectionMark> weakest = SectionRollup.weakest(rollup.sections(course, s.subjects()));
        return Response.ok(Templates.weakSections(course, s.cohort(), s.visible(), scope.admin(), weakest)).build();
    }
}
