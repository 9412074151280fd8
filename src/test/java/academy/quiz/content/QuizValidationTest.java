package academy.quiz.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import academy.content.ContentLoader;
import academy.testsupport.FixtureTrees;
import academy.content.ContentProblems;

/**
 * Quiz files through the real load pipeline (content loader, then the quiz stage): the fixture quiz
 * tree loads into records, and each broken fixture in fixtures/quiz-errors is reported with file and line.
 */
class QuizValidationTest {

    static final Path APP_TREE = Path.of("src/test/resources/fixtures/quiz-app");
    static final Path ERRORS = Path.of("src/test/resources/fixtures/quiz-errors");
    static final String LESSON_QUIZ = "quizzes/demo/01-basics/first.yaml";
    static final String EXAM = "quizzes/demo/01-basics/exam.yaml";

    @TempDir
    Path tmp;

    record Loaded(Map<String, Quiz> quizzes, ContentProblems problems) {
        String report() {
            return problems.isEmpty() ? "" : problems.report();
        }
    }

    Loaded load(Path root) {
        ContentLoader.Result result = new ContentLoader().load(root.resolve("courses"), root.resolve("quizzes"));
        ContentProblems problems = result.problems();
        Map<String, Quiz> quizzes = problems.isEmpty() ? QuizCatalog.parseAll(result.courses(), problems) : Map.of();
        return new Loaded(quizzes, problems);
    }

    @Test
    void fixtureQuizzesLoadIntoRecords() {
        Loaded loaded = load(APP_TREE);
        assertTrue(loaded.problems().isEmpty(), loaded::report);
        Quiz first = loaded.quizzes().get("01-basics.first");
        assertEquals(7, first.questions().size());
        assertEquals(60, first.passMark());
        assertTrue(first.shuffle());
        assertEquals(16, first.contentHash().length());
        Question single = first.question("pick-one").orElseThrow();
        assertTrue(single.promptHtml().contains("<pre><code class=\"language-go\">"), single.promptHtml());
        assertTrue(single.explanationHtml().contains("href=\"/courses/demo/01-basics/first#why\""), single.explanationHtml());
        assertEquals("启动调度循环", single.options().get(0).html(), "option Markdown rendered inline, without <p>");
        assertEquals(Difficulty.EASY, single.difficulty());
        assertEquals("pkg/scheduler/scheduler.go", single.source().path());
        assertTrue(first.question("pick-many").orElseThrow().key().partialCredit());
        assertEquals(2, first.question("pick-many").orElseThrow().points());
        assertEquals(Boolean.FALSE, first.question("yes-no").orElseThrow().key().truth());
        assertEquals("秒", first.question("default-value").orElseThrow().unit());

        Quiz exam = loaded.quizzes().get("01-basics.exam");
        assertTrue(exam.exam());
        assertEquals(70, exam.passMark(), "exam default pass mark");
        assertEquals(2, exam.questionCount());
        assertEquals("second", exam.question("e2").orElseThrow().lessonSlug());
        Quiz second = loaded.quizzes().get("01-basics.second");
        assertEquals(2, second.maxAttempts());
        assertEquals(5, second.timeLimitMinutes());
        assertFalse(second.shuffle());
        assertNull(first.maxAttempts());
    }

    @Test
    void unknownType() throws IOException {
        assertProblem("unknown-type.yaml", LESSON_QUIZ, 5, "unknown question type 'essay'");
    }

    @Test
    void answerNamingAMissingOption() throws IOException {
        assertProblem("answer-names-missing-option.yaml", LESSON_QUIZ, 12, "the answer names option 'c', which does not exist");
    }

    @Test
    void orderingKeyThatIsNotAPermutation() throws IOException {
        assertProblem("ordering-not-permutation.yaml", LESSON_QUIZ, 14, "must be a permutation of its item ids");
    }

    @Test
    void matchKeyThatIsNotAPermutation() throws IOException {
        assertProblem("match-not-permutation.yaml", LESSON_QUIZ, 20, "must pair each left item [l1, l2, l3] exactly once");
    }

    @Test
    void idsThatSpellOrOrderTheAnswerAreRejected() throws IOException {
        String report = reportFor("ids-that-spell-the-answer.yaml", LESSON_QUIZ);
        assertTrue(report.contains("id 'correct' must not spell the answer"), report);
        assertTrue(report.contains("question id 'pick-correct' must not spell the answer"), report);
        assertTrue(report.contains(LESSON_QUIZ + ":27: the left and right ids pair up"), report);
        assertTrue(report.contains(LESSON_QUIZ + ":39: the item ids [a-authn, b-authz, c-admit] sort into the answer order"), report);
        assertTrue(report.contains(LESSON_QUIZ + ":58: the left and right ids pair up"), report);
        assertEquals(5, report.lines().filter(l -> l.contains(LESSON_QUIZ)).count(), report);
    }

    @Test
    void regexThatDoesNotCompile() throws IOException {
        assertProblem("regex-does-not-compile.yaml", LESSON_QUIZ, 7, "regex does not compile");
    }

    @Test
    void duplicateQuestionIds() throws IOException {
        assertProblem("duplicate-question-ids.yaml", LESSON_QUIZ, 9, "duplicate question id 'q1'");
    }

    @Test
    void quizForAnUnknownLesson() throws IOException {
        assertProblem("quiz-for-unknown-lesson.yaml", "quizzes/demo/01-basics/nosuch.yaml", 0,
                "quiz for an unknown lesson: module 01-basics has no lesson 'nosuch'");
    }

    @Test
    void drawLargerThanThePool() throws IOException {
        assertProblem("draw-larger-than-pool.yaml", EXAM, 3, "draw 3 is larger than the pool of 2 questions");
    }

    @Test
    void passMarkOutside0To100() throws IOException {
        assertProblem("pass-mark-out-of-range.yaml", LESSON_QUIZ, 3, "'passMark' must be between 0 and 100, got 120");
    }

    @Test
    void sectionThatIsNotAnAnchorOfTheLesson() throws IOException {
        assertProblem("section-not-an-anchor.yaml", LESSON_QUIZ, 8, "section 'nowhere' is not an anchor of lesson 01-basics/first");
    }

    @Test
    void quizIdThatIsNotModuleDotSlug() throws IOException {
        assertProblem("wrong-quiz-id.yaml", LESSON_QUIZ, 1, "quiz id 'first' must be '01-basics.first'");
    }

    @Test
    void examQuestionsNameAnExistingLesson() throws IOException {
        String report = reportFor("exam-question-unknown-lesson.yaml", EXAM);
        assertTrue(report.contains(EXAM + ":8: unknown lesson 'missing'"), report);
        assertTrue(report.contains(EXAM + ":10: exam questions name the lesson they cover"), report);
    }

    @Test
    void fieldOfAnotherTypeIsReportedAsATypo() throws IOException {
        assertProblem("field-of-another-type.yaml", LESSON_QUIZ, 8, "unknown field 'options' in question 'q1' of type true_false");
    }

    @Test
    void allProblemsOfAllFilesAreReportedAtOnce() throws IOException {
        FixtureTrees.copy(APP_TREE, tmp);
        Files.copy(ERRORS.resolve("unknown-type.yaml"), tmp.resolve(LESSON_QUIZ), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(ERRORS.resolve("draw-larger-than-pool.yaml"), tmp.resolve(EXAM), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String report = load(tmp).report();
        assertTrue(report.contains("unknown question type 'essay'") && report.contains("draw 3 is larger"), report);
    }

    private void assertProblem(String fixture, String target, int line, String message) throws IOException {
        String report = reportFor(fixture, target);
        String where = line > 0 ? target + ":" + line + ": " : target + ": ";
        assertTrue(report.lines().anyMatch(l -> l.contains(where) && l.contains(message)),
                "expected '" + where + message + "' in:\n" + report);
    }

    /** The valid tree with one quiz file replaced by a broken fixture. */
    private String reportFor(String fixture, String target) throws IOException {
        FixtureTrees.copy(Path.of("src/test/resources/fixtures/valid"), tmp);
        Files.deleteIfExists(tmp.resolve(LESSON_QUIZ));
        Files.copy(ERRORS.resolve(fixture), tmp.resolve(target));
        Loaded loaded = load(tmp);
        assertFalse(loaded.problems().isEmpty(), "the broken fixture " + fixture + " must be reported");
        return loaded.report().replace(tmp.toAbsolutePath() + "/", "").replace(tmp + "/", "");
    }
}
