package academy.content.model;

/**
 * A quiz file found next to the course and tied to its lesson or module.
 *
 * @param lessonSlug the lesson the quiz belongs to, or {@code null} for the module exam
 * @param file       path relative to the quizzes directory
 */
public record QuizFile(String id, String moduleId, String lessonSlug, String file) {

    public boolean exam() {
        return lessonSlug == null;
    }
}
