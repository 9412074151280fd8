package academy.grades;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import academy.cohort.Cohort;
import academy.cohort.CohortExports;
import academy.content.model.Course;
import academy.quiz.QuizAttempt;
import academy.quiz.content.Quiz;

/**
 * A class's learners × the course's lesson quizzes and exams: best and last score and graded attempts per cell,
 * and the class average of the best scores per quiz. Built from graded attempts only.
 */
public record Gradebook(Cohort cohort, Course course, List<Column> columns, List<Row> rows) {

    /** CSV header; each column is documented in docs/instructors.md. */
    public static final List<String> CSV_COLUMNS = List.of("cohort_id", "cohort", "username", "name", "email", "quiz_id",
            "quiz_type", "module", "lesson", "quiz_title", "best_score", "last_score", "attempts_used", "passed");

    /** One quiz: the class average of the best scores of those who took it (null if nobody did). */
    public record Column(Quiz quiz, Integer average, int takers) {
    }

    /** One learner × quiz; scores in percent, null when never graded. */
    public record Cell(Integer best, Integer last, int used, boolean passed, Long bestAttempt, Long lastAttempt) {

        static final Cell EMPTY = new Cell(null, null, 0, false, null, null);
    }

    public record Row(ClassData.Learner learner, List<Cell> cells) {
    }

    public static Gradebook of(Cohort cohort, Course course, List<Quiz> quizzes, List<ClassData.Learner> learners, List<QuizAttempt> graded) {
        Map<String, List<QuizAttempt>> byKey = new HashMap<>();
        for (QuizAttempt a : graded) {
            byKey.computeIfAbsent(a.subject + "|" + a.quizId, k -> new ArrayList<>()).add(a);
        }
        List<Row> rows = new ArrayList<>();
        for (ClassData.Learner l : learners) {
            List<Cell> cells = new ArrayList<>();
            for (Quiz q : quizzes) {
                cells.add(cell(byKey.getOrDefault(l.subject() + "|" + q.id(), List.of())));
            }
            rows.add(new Row(l, List.copyOf(cells)));
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < quizzes.size(); i++) {
            int col = i;
            List<Integer> bests = rows.stream().map(r -> r.cells().get(col).best()).filter(Objects::nonNull).toList();
            Integer average = bests.isEmpty() ? null : (int) Math.round(bests.stream().mapToInt(Integer::intValue).average().orElse(0));
            columns.add(new Column(quizzes.get(i), average, bests.size()));
        }
        return new Gradebook(cohort, course, List.copyOf(columns), List.copyOf(rows));
    }

    static Cell cell(List<QuizAttempt> attempts) {
        if (attempts.isEmpty()) {
            return Cell.EMPTY;
        }
        QuizAttempt best = attempts.stream().filter(a -> a.scorePercent != null)
                .max(Comparator.comparingInt((QuizAttempt a) -> a.scorePercent).thenComparingInt(a -> -a.attemptNumber)).orElse(null);
        QuizAttempt last = attempts.stream().max(Comparator.comparingInt(a -> a.attemptNumber)).orElseThrow();
        boolean passed = attempts.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed));
        return new Cell(best == null ? null : best.scorePercent, last.scorePercent, attempts.size(), passed,
                best == null ? null : best.id, last.id);
    }

    /** UTF-8 with a BOM, one line per learner × quiz, cells guarded against spreadsheet formulas. */
    public byte[] csv() {
        StringBuilder out = new StringBuilder(256 + rows.size() * columns.size() * 120);
        out.append('\uFEFF');
        line(out, CSV_COLUMNS);
        for (Row r : rows) {
            for (int i = 0; i < columns.size(); i++) {
                Quiz q = columns.get(i).quiz();
                Cell c = r.cells().get(i);
                line(out, List.of(cohort.id.toString(), cohort.name, r.learner().username(), r.learner().name(),
                        r.learner().email() == null ? "" : r.learner().email(), q.id(), q.exam() ? "exam" : "lesson", q.moduleId(),
                        q.lessonSlug() == null ? "" : q.lessonSlug(), q.title(), num(c.best()), num(c.last()),
                        Integer.toString(c.used()), c.used() == 0 ? "" : (c.passed() ? "yes" : "no")));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String num(Integer v) {
        return v == null ? "" : v.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            out.append(CohortExports.cell(cells.get(c)));
        }
        out.append("\r\n");
    }
}
