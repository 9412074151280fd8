package academy.quiz.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import academy.content.ContentExtension;
import academy.content.ContentProblems;
import academy.content.model.Course;
import academy.content.model.QuizFile;

/**
 * Every quiz of every course, parsed and validated as a stage of the content load, then only read.
 */
@ApplicationScoped
public class QuizCatalog implements ContentExtension {

    private volatile Map<String, Quiz> quizzes = Map.of();

    @Override
    public void load(List<Course> courses, ContentProblems problems) {
        Map<String, Quiz> loaded = parseAll(courses, problems);
        if (problems.isEmpty()) {
            quizzes = loaded;
        }
    }

    /** Parses every quiz file the content loader found; problems go into the shared list. */
    public static Map<String, Quiz> parseAll(List<Course> courses, ContentProblems problems) {
        QuizParser parser = new QuizParser();
        Map<String, Quiz> loaded = new LinkedHashMap<>();
        for (Course course : courses) {
            for (QuizFile file : course.quizzes()) {
                parser.parse(course, file, problems).ifPresent(q -> loaded.put(q.id(), q));
            }
        }
        return Map.copyOf(loaded);
    }

    /** Quiz ids are unique across courses: a module id is unique within its course, and there is one course today. */
    public Optional<Quiz> quiz(String quizId) {
        return Optional.ofNullable(quizId == null ? null : quizzes.get(quizId));
    }

    public Optional<Quiz> lessonQuiz(String courseId, String moduleId, String lessonSlug) {
        return quiz(moduleId + "." + lessonSlug).filter(q -> q.courseId().equals(courseId) && !q.exam());
    }

    public Optional<Quiz> exam(String courseId, String moduleId) {
        return quiz(moduleId + ".exam").filter(q -> q.courseId().equals(courseId) && q.exam());
    }
}
