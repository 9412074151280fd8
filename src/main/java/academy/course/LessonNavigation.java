package academy.course;

import java.util.List;

import academy.content.model.Course;
import academy.content.model.LearningPath;
import academy.content.model.Lesson;

/**
 * Previous and next lesson: within the module, or across modules when the learner follows a path,
 * with the lesson's position on that path.
 *
 * @param path     the path being followed, or {@code null} when navigating inside the module
 * @param position 1-based place of the lesson on the path (in the module without a path)
 * @param total    lessons on the path (in the module without a path)
 */
public record LessonNavigation(Lesson previous, Lesson next, LearningPath path, int position, int total) {

    public static LessonNavigation of(Course course, Lesson lesson, LearningPath path) {
        if (path != null) {
            List<Lesson> ordered = course.pathLessons(path);
            int at = ordered.indexOf(lesson);
            if (at >= 0) {
                return new LessonNavigation(at > 0 ? ordered.get(at - 1) : null,
                        at < ordered.size() - 1 ? ordered.get(at + 1) : null, path, at + 1, ordered.size());
            }
        }
        List<Lesson> inModule = course.module(lesson.moduleId()).orElseThrow().lessons();
        int at = inModule.indexOf(lesson);
        return new LessonNavigation(at > 0 ? inModule.get(at - 1) : null,
                at < inModule.size() - 1 ? inModule.get(at + 1) : null, null, at + 1, inModule.size());
    }

    /** Query string that keeps the learner on the path when following a link. */
    public String query() {
        return path == null ? "" : "?path=" + path.id();
    }
}
