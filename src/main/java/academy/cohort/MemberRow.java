package academy.cohort;

import java.time.Instant;
import java.util.List;

/** One learner of a cohort with their standing on each active assignment: a row of the lead's matrix. */
public record MemberRow(CohortMember member, String name, String email, List<Standing> standings, Instant lastActivity) {

    public String username() {
        return member.username;
    }

    public int done() {
        return standings.stream().mapToInt(Standing::doneCount).sum();
    }

    public int total() {
        return standings.stream().mapToInt(s -> s.items().size()).sum();
    }

    public int percent() {
        return total() == 0 ? 0 : done() * 100 / total();
    }

    public boolean behind() {
        return standings.stream().anyMatch(Standing::behind);
    }

    public boolean inactive() {
        return standings.stream().anyMatch(Standing::inactive);
    }

    public boolean atRisk() {
        return behind() || inactive();
    }

    public boolean complete() {
        return total() > 0 && done() == total();
    }

    public boolean notStarted() {
        return lastActivity == null;
    }

    public int overdue() {
        return standings.stream().mapToInt(Standing::overdueCount).sum();
    }

    /** {@code done}, {@code at-risk} or {@code on-track}: the status column and its filter. */
    public String status() {
        return complete() ? "done" : atRisk() ? "at-risk" : "on-track";
    }

    public Standing standing(long assignmentId) {
        return standings.stream().filter(s -> s.plan().assignment().id == assignmentId).findFirst().orElse(null);
    }
}
