package academy.quiz;

/** An attempt is in progress until it is graded; a graded attempt never changes again. */
public enum AttemptState {
    IN_PROGRESS, FINISHED
}
