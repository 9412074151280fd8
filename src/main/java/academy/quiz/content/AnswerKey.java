package academy.quiz.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything that reveals the right answer, kept apart from what a learner may see so that views and
 * API DTOs can be built without ever touching it. Only the fields of the question's type are set.
 *
 * @param optionIds     single: the one correct option; multiple: the correct set; ordering: the correct order
 * @param truth         true_false: the correct value
 * @param accept        fill: accepted answers, already normalised as learners' input will be
 * @param regex         fill: pattern the normalised answer must match entirely, or null
 * @param pairs         match: left id → right id
 * @param number        numeric: the exact answer
 * @param tolerance     numeric: allowed absolute deviation (zero when exact)
 * @param partialCredit multiple: a share per correct pick, minus a share per wrong pick
 * @param caseSensitive fill: compare case-sensitively
 */
public record AnswerKey(
        List<String> optionIds,
        Boolean truth,
        List<String> accept,
        List<String> acceptAsWritten,
        Pattern regex,
        Map<String, String> pairs,
        BigDecimal number,
        BigDecimal tolerance,
        boolean partialCredit,
        boolean caseSensitive) {
}
