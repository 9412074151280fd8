package academy.quiz.web;

import java.util.List;

import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.LearningPath;
import academy.content.model.Lesson;
import academy.course.LessonNavigation;
import academy.quiz.content.Quiz;

/**
 * The lesson to read after a quiz: the next one of the learner's path (the one in the URL, else the
 * first of the course's paths through this module), else the next in course order.
 *
 * @param path the path followed, or null
 */
public record NextLesson(String title, String url, LearningPath path) {

    static NextLesson after(Course course, Quiz quiz, String pathId) {
        CourseModule module = course.module(quiz.moduleId()).orElse(null);
        if (module == null || module.lessons().isEmpty()) {
            return null;
        }
        Lesson lesson = quiz.exam() ? module.lessons().get(module.lessons().size() - 1)
                : module.lesson(quiz.lessonSlug()).orElse(null);
        if (lesson == null) {
            return null;
        }
        LearningPath path = (pathId == null ? null : course.path(pathId).orElse(null));
        if (path == null || !path.moduleIds().contains(module.id())) {
            path = course.paths().stream().filter(p -> p.moduleIds().contains(module.id())).findFirst().orElse(null);
        }
        LessonNavigation nav = LessonNavigation.of(course, lesson, path);
        Lesson next = nav.next();
        if (next == null && nav.path() == null) {
            List<Lesson> all = course.modules().stream().flatMap(m -> m.lessons().stream()).toList();
            int at = all.indexOf(lesson);
            next = at >= 0 && at < all.size() - 1 ? all.get(at + 1) : null;
        }
        if (next == null) {
            return null;
        }
        return new NextLesson(next.title(), "/courses/" + course.id() + "/" + next.moduleId() + "/" + next.slug() + nav.query(), nav.path());
    }
}
