package academy.cohort;

import academy.content.model.LessonKey;

/**
 * One thing a learner must do for an assignment, and what counts as done for it.
 *
 * @param key        stable key within the assignment: {@code L:module/slug} or {@code E:module}
 * @param label      short column label: {@code 05.3} (module 05, lesson 3) or {@code 05 ✎} (exam)
 * @param lesson     the lesson, or {@code null} for a module exam item
 * @param quizId     the quiz whose pass counts, or {@code null} when a completed lesson counts
 * @param minScore   for exams: the minimum score in percent on top of the pass mark, or {@code null}
 */
public record PlanItem(String key, String label, String moduleId, LessonKey lesson, String title, Rule rule, String quizId,
        Integer minScore) {

    /** What counts as done. */
    public enum Rule {
        LESSON_COMPLETED, LESSON_QUIZ_PASSED, EXAM_PASSED
    }

    public boolean exam() {
        return rule == Rule.EXAM_PASSED;
    }

    public String href(String courseId) {
        return exam() ? "/courses/" + courseId + "/" + moduleId + "/exam"
                : "/courses/" + courseId + "/" + lesson.moduleId() + "/" + lesson.slug();
    }
}
