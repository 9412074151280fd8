package academy.cohort;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import academy.web.ErrorPages;

/**
 * Cohort data as JSON for integrations, by browser session or by a bearer token of the same realm. The
 * same rules as the pages: leads see the cohorts they lead, admins all, others none (403 for the list,
 * 404 for any cohort id).
 */
@Path("/api/cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class CohortApi {

    @Inject
    CohortAccess access;

    @Inject
    CohortProgress progress;

    @GET
    public Response cohorts() {
        if (!access.mayLead()) {
            return ErrorPages.problem(403, "Forbidden", "only cohort leads and admins can list cohorts");
        }
        List<CohortExports.CohortSummary> out = access.visible().stream().map(c -> CohortExports.summary(progress.report(c))).toList();
        return Response.ok(out).build();
    }

    @GET
    @Path("{id}/progress")
    public CohortExports.CohortProgressDto progress(@PathParam("id") String id) {
        return CohortExports.progress(progress.report(access.lead(CohortPages.parse(id))));
    }
}
