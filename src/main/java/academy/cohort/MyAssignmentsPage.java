package academy.cohort;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import academy.account.LearnerProfile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /me/assignments/{id}}: one of the learner's own assignments with every item, due date, date done
 * and score; once everything is done it is the completion record, printable to PDF from the browser.
 * Only for a learner of the assignment's cohort: any other id answers 404.
 */
@Path("/me/assignments")
@Produces(MediaType.TEXT_HTML)
public class MyAssignmentsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance record(MyAssignment mine, String learner, java.time.ZoneId zone);
    }

    @Inject
    CohortAccess access;

    @Inject
    CohortProgress progress;

    @GET
    @Path("{id}")
    public TemplateInstance record(@PathParam("id") String id) {
        LearnerProfile me = access.user();
        MyAssignment mine = progress.mine(me.subject(), CohortPages.parse(id)).orElseThrow(NotFoundException::new);
        return Templates.record(mine, me.shownName(), progress.zone());
    }
}
