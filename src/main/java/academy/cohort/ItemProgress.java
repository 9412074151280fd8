package academy.cohort;

import java.time.Instant;
import java.time.LocalDate;

/** Where one learner stands on one item of an assignment. */
public record ItemProgress(PlanItem item, LocalDate due, State state, Instant doneAt, Integer bestScore, int attempts,
        boolean dueSoon) {

    public enum State {
        NOT_STARTED, IN_PROGRESS, DONE, OVERDUE;

        public String css() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public boolean done() {
        return state == State.DONE;
    }

    public boolean overdue() {
        return state == State.OVERDUE;
    }
}
