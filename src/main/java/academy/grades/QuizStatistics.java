package academy.grades;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttemptAnswer;
import academy.quiz.QuizAttempts;
import academy.quiz.content.Choice;
import academy.quiz.content.Question;
import academy.quiz.content.QuestionType;
import academy.quiz.content.Quiz;

/** Item analysis of one quiz for a set of learners: loads their graded attempts and runs {@link ItemStatistics}. */
@ApplicationScoped
public class QuizStatistics {

    /** One option of a choice question with how often it was picked. */
    public record OptionRow(String id, String html, int count, int percent) {
    }

    /** One question: the content, its statistics and its options' frequencies. */
    public record QuestionRow(int number, Question question, ItemStatistics.QuestionStats stats, List<OptionRow> options,
            String sectionUrl) {

        public String facilityText() {
            return percent(stats.facility());
        }

        public String sdText() {
            return percent(stats.sd());
        }

        public String discriminationText() {
            return percent(stats.discrimination());
        }

        public String efficiencyText() {
            return percent(stats.efficiency());
        }

        public boolean flagged() {
            return !stats.flags().isEmpty();
        }

        public boolean hasFlag(String name) {
            return stats.flags().stream().anyMatch(f -> f.name().equals(name));
        }
    }

    /** The analysis of one quiz: how many attempts went in, and a row per question of the pool. */
    public record Report(Quiz quiz, boolean allAttempts, int attempts, List<QuestionRow> questions) {
    }

    @Inject
    ClassData data;

    @Inject
    QuizAttempts attempts;

    /** @param subjects the learners, or {@code null} for everyone */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report report(Quiz quiz, Collection<String> subjects, boolean allAttempts) {
        List<QuizAttempt> graded = data.graded(quiz.id(), subjects);
        List<QuizAttempt> used = allAttempts ? graded : ClassData.firstPerLearner(graded);
        List<ItemStatistics.Attempt> input = new ArrayList<>();
        for (QuizAttempt a : used) {
            List<ItemStatistics.Item> items = new ArrayList<>();
            for (QuizAttemptAnswer row : a.answers) {
                List<String> response = attempts.response(row);
                boolean choice = quiz.question(row.questionId).map(q -> choiceType(q.type())).orElse(false);
                items.add(new ItemStatistics.Item(row.questionId, row.points == null ? 0 : row.points, row.maxPoints,
                        !response.isEmpty(), choice ? response : List.of()));
            }
            input.add(new ItemStatistics.Attempt(items));
        }
        List<ItemStatistics.QuestionStats> stats = ItemStatistics.analyse(quiz.questions().stream().map(Question::id).toList(), input);
        List<QuestionRow> rows = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            Question q = quiz.questions().get(i);
            ItemStatistics.QuestionStats s = stats.get(i);
            rows.add(new QuestionRow(i + 1, q, s, options(q, s), quiz.sectionUrl(q)));
        }
        return new Report(quiz, allAttempts, used.size(), List.copyOf(rows));
    }

    static boolean choiceType(QuestionType type) {
        return type == QuestionType.SINGLE || type == QuestionType.MULTIPLE || type == QuestionType.TRUE_FALSE;
    }

    /** Every option in file order (true/false as two options), with its count among the question's responses. */
    static List<OptionRow> options(Question q, ItemStatistics.QuestionStats s) {
        if (!choiceType(q.type())) {
            return List.of();
        }
        List<Choice> choices = q.type() == QuestionType.TRUE_FALSE
                ? List.of(new Choice("true", "true"), new Choice("false", "false"))
                : q.options();
        Map<String, Integer> counts = s.options();
        List<OptionRow> out = new ArrayList<>();
        for (Choice c : choices) {
            int n = counts.getOrDefault(c.id(), 0);
            out.add(new OptionRow(c.id(), c.html(), n, s.responses() == 0 ? 0 : (int) Math.round(100.0 * n / s.responses())));
        }
        return List.copyOf(out);
    }

    static String percent(Double v) {
        return v == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", v * 100);
    }
}
