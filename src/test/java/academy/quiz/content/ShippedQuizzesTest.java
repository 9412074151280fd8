package academy.quiz.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import academy.content.ContentLoader;
import academy.content.ContentProblems;

/**
 * Every shipped quiz validates with the quiz engine's rules (sections, keys, ids), as the app checks at
 * startup. {@code -Dacademy.content.root=<dir>} checks another content tree.
 */
class ShippedQuizzesTest {

    @Test
    void everyShippedQuizValidates() {
        Path root = Path.of(System.getProperty("academy.content.root", "."));
        ContentLoader.Result result = new ContentLoader().load(root.resolve("courses"), root.resolve("quizzes"));
        ContentProblems problems = result.problems();
        Map<String, Quiz> quizzes = problems.isEmpty() ? QuizCatalog.parseAll(result.courses(), problems) : Map.of();
        assertTrue(problems.isEmpty(), () -> problems.report());
        int files = result.courses().stream().mapToInt(c -> c.quizzes().size()).sum();
        assertTrue(quizzes.size() == files, "every quiz file became a quiz: " + quizzes.size() + " of " + files);
    }
}
