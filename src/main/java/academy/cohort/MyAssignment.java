package academy.cohort;

/** An assignment as the learner sees it: from which cohort, by whom, and where they stand. */
public record MyAssignment(Cohort cohort, CohortMember membership, Standing standing, String assignedBy) {

    public Assignment assignment() {
        return standing.plan().assignment();
    }
}
