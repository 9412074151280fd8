package academy.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/me/assignments}: the caller's own assignments with every item's due date and state. */
@Path("/api/me/assignments")
@Produces(MediaType.APPLICATION_JSON)
public class MyAssignmentsApi {

    public record Mine(long id, long cohortId, String cohort, String assignedBy, Instant assignedAt, String kind, List<String> targets,
            LocalDate start, LocalDate finalDue, int done, int total, boolean complete, Instant completedAt, int overdue, int dueSoon,
            List<CohortExports.ItemStatusDto> items) {
    }

    @Inject
    CohortAccess access;

    @Inject
    CohortProgress progress;

    @GET
    public List<Mine> mine() {
        return progress.mine(access.user().subject()).stream().map(m -> {
            Standing s = m.standing();
            Assignment a = m.assignment();
            return new Mine(a.id, m.cohort().id, m.cohort().name, m.assignedBy(), a.assignedAt, a.kind.name(), a.targetList(),
                    s.learnerStart(), s.finalDue(), s.doneCount(), s.items().size(), s.complete(), s.completedAt(), s.overdueCount(),
                    s.dueSoonCount(), s.items().stream().map(i -> new CohortExports.ItemStatusDto(a.id, i.item().key(), i.due(),
                            i.state().css(), i.dueSoon(), i.doneAt(), i.bestScore(), i.attempts())).toList());
        }).toList();
    }
}
