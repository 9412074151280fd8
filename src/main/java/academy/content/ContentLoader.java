package academy.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import academy.content.model.Course;

/**
 * Reads {@code courses/} and {@code quizzes/} into immutable records and validates the whole tree,
 * collecting every problem (file, line, what to fix) rather than stopping at the first. The work is
 * split by what is read: {@link CourseReader} (course.yaml), {@link ModuleReader} (module.yaml),
 * {@link LessonReader} (lesson files); {@link ContentFiles} is what they share with the quiz stage.
 */
public final class ContentLoader {

    /** The loaded courses (possibly partial) and every problem found. */
    public record Result(List<Course> courses, ContentProblems problems) {
    }

    public Result load(Path coursesDir, Path quizzesDir) {
        ContentProblems problems = new ContentProblems();
        List<Course> courses = new ArrayList<>();
        if (!Files.isDirectory(coursesDir)) {
            problems.add(ContentFiles.display(coursesDir), 0, "the courses directory does not exist (set academy.content.courses-dir)");
            return new Result(courses, problems);
        }
        for (Path dir : ContentFiles.list(coursesDir, problems)) {
            if (!Files.isDirectory(dir) || dir.getFileName().toString().startsWith(".")) {
                continue;
            }
            Path courseFile = dir.resolve("course.yaml");
            if (!Files.isRegularFile(courseFile)) {
                problems.add(ContentFiles.display(dir), 0, "a course folder needs a course.yaml");
                continue;
            }
            new CourseReader().read(dir, quizzesDir.resolve(dir.getFileName().toString()), problems).ifPresent(courses::add);
        }
        if (courses.isEmpty() && problems.isEmpty()) {
            problems.add(ContentFiles.display(coursesDir), 0, "no course found: expected <course-id>/course.yaml");
        }
        return new Result(List.copyOf(courses), problems);
    }
}
