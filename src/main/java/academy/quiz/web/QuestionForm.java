package academy.quiz.web;

import java.util.List;
import java.util.stream.IntStream;

import academy.quiz.content.Choice;

/**
 * A question as shown while an attempt is open. Built only from what may be shown: it has no access
 * to the answer key, so no template or DTO built from it can leak one.
 *
 * @param type    the YAML type name (single, multiple, true_false, fill, ordering, numeric, match)
 * @param choices options, ordering items or the right column of a match, in this attempt's order
 * @param left    the left column of a match
 */
public record QuestionForm(int number, String id, String type, String promptHtml, int points, String unit,
        List<Choice> choices, List<Choice> left) {

    /** Form field name; every value of a question is sent under it. */
    public String field() {
        return "q." + id;
    }

    /** 1..n for the selects of an ordering question. */
    public List<Integer> positions() {
        return IntStream.rangeClosed(1, choices.size()).boxed().toList();
    }
}
