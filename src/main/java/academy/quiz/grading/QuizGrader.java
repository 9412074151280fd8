package academy.quiz.grading;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import academy.quiz.content.AnswerKey;
import academy.quiz.content.Question;

/**
 * Scores one canonical response (see {@link AnswerReader}) against a question's key, exactly as
 * docs/authoring.md describes. Unanswered questions score zero.
 */
public final class QuizGrader {

    private QuizGrader() {
    }

    public static QuestionScore score(Question q, List<String> response) {
        int max = q.points();
        if (response == null || response.isEmpty()) {
            return QuestionScore.of(0, max);
        }
        AnswerKey key = q.key();
        return switch (q.type()) {
            case SINGLE -> allOrNothing(response.equals(key.optionIds()), max);
            case TRUE_FALSE -> allOrNothing(key.truth() != null && response.get(0).equals(key.truth().toString()), max);
            case MULTIPLE -> multiple(key, Set.copyOf(response), max);
            case FILL -> allOrNothing(fill(key, response.get(0)), max);
            case ORDERING -> allOrNothing(response.equals(key.optionIds()), max);
            case NUMERIC -> allOrNothing(numeric(key, new BigDecimal(response.get(0))), max);
            case MATCH -> match(key, response, max);
        };
    }

    private static QuestionScore allOrNothing(boolean right, int max) {
        return QuestionScore.of(right ? max : 0, max);
    }

    /** All-or-nothing, or with partial credit: +1 share per correct pick, −1 share per wrong pick, floor 0. */
    private static QuestionScore multiple(AnswerKey key, Set<String> picks, int max) {
        Set<String> correct = Set.copyOf(key.optionIds());
        if (!key.partialCredit()) {
            return allOrNothing(picks.equals(correct), max);
        }
        long right = picks.stream().filter(correct::contains).count();
        long wrong = picks.size() - right;
        double share = (double) max / correct.size();
        return QuestionScore.of(share * (right - wrong), max);
    }

    static boolean fill(AnswerKey key, String answer) {
        String normalized = TextNormalizer.normalize(answer, key.caseSensitive());
        if (key.accept().contains(normalized)) {
            return true;
        }
        return key.regex() != null && key.regex().matcher(normalized).matches();
    }

    static boolean numeric(AnswerKey key, BigDecimal answer) {
        return key.number() != null && answer.subtract(key.number()).abs().compareTo(key.tolerance()) <= 0;
    }

    /** Each left item paired with its right item earns an equal share of the points. */
    private static QuestionScore match(AnswerKey key, List<String> response, int max) {
        Map<String, String> pairs = key.pairs();
        Set<String> seen = new HashSet<>();
        int right = 0;
        for (String pair : response) {
            int eq = pair.indexOf('=');
            String left = pair.substring(0, eq);
            if (seen.add(left) && pair.substring(eq + 1).equals(pairs.get(left))) {
                right++;
            }
        }
        return QuestionScore.of((double) max * right / pairs.size(), max);
    }
}
