package academy.web;

import java.util.List;
import java.util.Optional;

import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.LearningPath;
import academy.content.model.ModuleGroup;
import io.quarkus.qute.TemplateExtension;

/** Template helpers that resolve content references, so templates never look ids up by hand. */
@TemplateExtension
public class TemplateExtensions {

    /** Modules of an outline group, in outline order. */
    static List<CourseModule> modules(Course course, ModuleGroup group) {
        return group.moduleIds().stream().map(course::module).flatMap(Optional::stream).toList();
    }

    /** Modules of a learning path, in path order. */
    static List<CourseModule> modules(Course course, LearningPath path) {
        return path.moduleIds().stream().map(course::module).flatMap(Optional::stream).toList();
    }

    /** Whole hours (rounded up) a learner should plan for a path. */
    static long hours(Course course, LearningPath path) {
        int minutes = course.pathLessons(path).stream().mapToInt(l -> l.minutes()).sum();
        return (minutes + 59) / 60;
    }

    /** First lesson of a path, or null while none of its modules has lessons. */
    static academy.content.model.Lesson firstLesson(Course course, LearningPath path) {
        List<academy.content.model.Lesson> lessons = course.pathLessons(path);
        return lessons.isEmpty() ? null : lessons.get(0);
    }
}
