package academy.progress;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.LearningPath;
import academy.content.model.Lesson;
import academy.content.model.LessonKey;

/**
 * One learner's progress through one course, measured against the content as it is now: rows for
 * lessons that no longer exist are kept in the database but never counted here.
 */
public record CourseProgress(
        Course course,
        Map<LessonKey, Instant> completed,
        Map<LessonKey, Instant> visited,
        Map<String, ModuleResult> mastered) {

    /** A passed module exam. */
    public record ModuleResult(Instant at, int scorePercent) {
    }

    /** A lesson with the time it was last opened. */
    public record Visit(Lesson lesson, CourseModule module, Instant at) {
    }

    public static CourseProgress none(Course course) {
        return new CourseProgress(course, Map.of(), Map.of(), Map.of());
    }

    public boolean done(Lesson lesson) {
        return completed.containsKey(lesson.key());
    }

    public Instant completedAt(Lesson lesson) {
        return completed.get(lesson.key());
    }

    public Instant visitedAt(Lesson lesson) {
        return visited.get(lesson.key());
    }

    public Ratio module(CourseModule module) {
        return ratio(module.lessons());
    }

    public Ratio path(LearningPath path) {
        return ratio(course.pathLessons(path));
    }

    public Ratio overall() {
        return ratio(course.modules().stream().flatMap(m -> m.lessons().stream()).toList());
    }

    public boolean mastered(CourseModule module) {
        return mastered.containsKey(module.id());
    }

    public Optional<ModuleResult> mastery(String moduleId) {
        return Optional.ofNullable(mastered.get(moduleId));
    }

    /** The first lesson of the path not finished yet, in reading order; null when the path is done. */
    public Lesson next(LearningPath path) {
        return course.pathLessons(path).stream().filter(l -> !done(l)).findFirst().orElse(null);
    }

    /** Lessons opened most recently first, only those that still exist. */
    public List<Visit> recentlyVisited(int limit) {
        return visited.entrySet().stream()
                .sorted(Map.Entry.<LessonKey, Instant>comparingByValue(Comparator.reverseOrder()))
                .map(e -> course.module(e.getKey().moduleId())
                        .flatMap(m -> m.lesson(e.getKey().slug()).map(l -> new Visit(l, m, e.getValue()))))
                .flatMap(Optional::stream)
                .limit(limit)
                .toList();
    }

    /** Modules with lessons, all of them finished. */
    /** Modules whose lessons are all complete, or whose exam was passed (mastery counts as completion). */
    public List<CourseModule> completedModules() {
        return course.modules().stream().filter(m -> module(m).complete() || mastered(m)).toList();
    }

    private Ratio ratio(List<Lesson> lessons) {
        int done = (int) lessons.stream().filter(this::done).count();
        return new Ratio(done, lessons.size());
    }
}
