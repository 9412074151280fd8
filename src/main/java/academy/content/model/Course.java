package academy.content.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole course as loaded from {@code courses/<id>/}: immutable once built. */
public record Course(
        String id,
        String title,
        String titleEn,
        String description,
        String kubernetesVersion,
        String sourceBase,
        List<ModuleGroup> groups,
        List<LearningPath> paths,
        List<CourseModule> modules,
        List<QuizFile> quizzes,
        String contentHash,
        List<GlossaryTerm> glossary) implements Bilingual {

    public Optional<GlossaryTerm> term(String termId) {
        return glossary.stream().filter(t -> t.id().equals(termId)).findFirst();
    }

    public Optional<CourseModule> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public Optional<Lesson> lesson(LessonKey key) {
        return module(key.moduleId()).flatMap(m -> m.lesson(key.slug()));
    }

    public Optional<LearningPath> path(String pathId) {
        return paths.stream().filter(p -> p.id().equals(pathId)).findFirst();
    }

    public Map<String, CourseModule> modulesById() {
        return modules.stream().collect(Collectors.toUnmodifiableMap(CourseModule::id, Function.identity()));
    }

    public int lessonCount() {
        return modules.stream().mapToInt(m -> m.lessons().size()).sum();
    }

    public int plannedLessonCount() {
        return modules.stream().mapToInt(m -> Math.max(m.plannedLessons(), m.lessons().size())).sum();
    }

    /** Lessons of a path in reading order: module by module. */
    public List<Lesson> pathLessons(LearningPath path) {
        return path.moduleIds().stream()
                .map(this::module).flatMap(Optional::stream)
                .flatMap(m -> m.lessons().stream())
                .toList();
    }

    /**
     * Lessons to read while a module has none: its declared {@code related} lessons, else the first lesson
     * of each module in its group that has lessons.
     */
    public List<Lesson> relatedLessons(CourseModule module) {
        if (!module.related().isEmpty()) {
            return module.related().stream().map(this::lesson).flatMap(Optional::stream).toList();
        }
        return groups.stream().filter(g -> g.moduleIds().contains(module.id())).findFirst()
                .map(g -> g.moduleIds().stream().map(this::module).flatMap(Optional::stream)
                        .filter(m -> !m.lessons().isEmpty()).map(m -> m.lessons().get(0)).limit(5).toList())
                .orElse(List.of());
    }

    public Optional<QuizFile> lessonQuiz(LessonKey key) {
        return quizzes.stream()
                .filter(q -> key.moduleId().equals(q.moduleId()) && key.slug().equals(q.lessonSlug()))
                .findFirst();
    }

    public Optional<QuizFile> exam(String moduleId) {
        return quizzes.stream().filter(q -> q.exam() && q.moduleId().equals(moduleId)).findFirst();
    }
}
