package academy.cohort;

import java.time.LocalDate;

/** A due date of the signed-in learner, shown on a path, module or lesson page. */
public record DueNote(String cohort, LocalDate due, boolean done, boolean overdue, boolean dueSoon, long assignmentId) {
}
