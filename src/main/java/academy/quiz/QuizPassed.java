package academy.quiz;

/**
 * Fired (CDI event, synchronously inside the grading transaction) when a learner passes a quiz, so
 * progress can mark the lesson complete or the module mastered without the quiz engine knowing it.
 *
 * @param subject    the learner's stable id: the OIDC subject, which is also the principal name
 * @param lessonSlug the lesson whose quiz was passed, or {@code null} when the module exam was passed
 */
public record QuizPassed(String subject, String courseId, String moduleId, String lessonSlug, int scorePercent) {

    public boolean exam() {
        return lessonSlug == null;
    }
}
