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
 * @param saved   the learner's saved draft in this attempt's codes (what the form would send); empty when none
 */
public record QuestionForm(int number, String id, String type, String promptHtml, int points, String unit,
        List<Choice> choices, List<Choice> left, List<String> saved) {

    /** Form field name; every value of a question is sent under it. */
    public String field() {
        return "q." + id;
    }

    /** 1..n for the selects of an ordering question. */
    public List<Integer> positions() {
        return IntStream.rangeClosed(1, choices.size()).boxed().toList();
    }

    public boolean answered() {
        return saved.stream().anyMatch(v -> !v.isEmpty());
    }

    /** Whether the saved draft picks this value (an option code, true/false). */
    public boolean picked(String value) {
        return saved.contains(value);
    }

    /** The saved text of a fill or numeric question. */
    public String text() {
        return saved.isEmpty() ? "" : saved.get(0);
    }

    /** The saved item code at a 1-based position of an ordering question. */
    public String at(int position) {
        return position <= saved.size() ? saved.get(position - 1) : "";
    }

    /** Whether the saved draft pairs this left row with this right choice (a match question). */
    public boolean paired(String leftCode, String rightCode) {
        return saved.contains(leftCode + "=" + rightCode);
    }
}
