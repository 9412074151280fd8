package academy.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import academy.quiz.content.Choice;
import academy.quiz.content.Question;
import academy.quiz.grading.InvalidAnswerException;

/**
 * The ids a browser sees for one question of one attempt. Authors' option and item ids never leave
 * the server: choices are named by the position they were shown at ({@code o1, o2, ...}), the left
 * column of a match by its row ({@code l1, l2, ...}). Since the shown order is a uniform shuffle,
 * a code says nothing about the key, whatever the author called the choice.
 */
public final class ChoiceCodes {

    private final List<Choice> shown;
    private final List<Choice> left;
    private final Map<String, String> authorToCode = new HashMap<>();
    private final Map<String, String> codeToAuthor = new HashMap<>();
    private final Map<String, String> leftToCode = new HashMap<>();
    private final Map<String, String> codeToLeft = new HashMap<>();

    private ChoiceCodes(List<Choice> shown, List<Choice> left) {
        this.shown = shown;
        this.left = left;
        for (int i = 0; i < shown.size(); i++) {
            authorToCode.put(shown.get(i).id(), "o" + (i + 1));
            codeToAuthor.put("o" + (i + 1), shown.get(i).id());
        }
        for (int i = 0; i < left.size(); i++) {
            leftToCode.put(left.get(i).id(), "l" + (i + 1));
            codeToLeft.put("l" + (i + 1), left.get(i).id());
        }
    }

    /** Codes for a question shown in the given order of author ids (the attempt's snapshot). */
    public static ChoiceCodes of(Question q, List<String> shownIds) {
        List<Choice> out = new ArrayList<>();
        for (String id : shownIds) {
            q.choice(id).ifPresent(out::add);
        }
        // Choices added to the file after the attempt started are appended, so nothing is unanswerable.
        q.shuffledChoices().stream().filter(c -> !out.contains(c)).forEach(out::add);
        return new ChoiceCodes(List.copyOf(out), q.left());
    }

    /** The shown choices in shown order, named by their codes. */
    public List<Choice> shownChoices() {
        return shown.stream().map(c -> new Choice(authorToCode.get(c.id()), c.html())).toList();
    }

    /** The left column of a match, named by its codes. */
    public List<Choice> leftChoices() {
        return left.stream().map(c -> new Choice(leftToCode.get(c.id()), c.html())).toList();
    }

    /** The author choices in the order shown (for review pages, which show text, not ids). */
    public List<Choice> shownAuthorChoices() {
        return shown;
    }

    /**
     * Submitted values in author ids. Questions with choices accept only this attempt's codes (an
     * author id sent instead is as unknown as any other string); free-input values pass unchanged.
     */
    public List<String> decode(Question q, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        if (shown.isEmpty() && left.isEmpty()) {
            return raw;
        }
        List<String> out = new ArrayList<>(raw.size());
        for (String value : raw) {
            String v = value == null ? "" : value.strip();
            if (v.isEmpty()) {
                out.add(v);
                continue;
            }
            int eq = v.indexOf('=');
            if (!left.isEmpty()) {
                if (eq <= 0) {
                    throw new InvalidAnswerException(InvalidAnswerException.Kind.WRONG_TYPE, q.id(),
                            "question '" + q.id() + "' takes pairs written leftId=rightId");
                }
                String l = v.substring(0, eq).strip();
                String r = v.substring(eq + 1).strip();
                out.add(known(q, codeToLeft, l) + "=" + (r.isEmpty() ? "" : known(q, codeToAuthor, r)));
            } else {
                out.add(known(q, codeToAuthor, v));
            }
        }
        return out;
    }

    private static String known(Question q, Map<String, String> codes, String code) {
        String id = codes.get(code);
        if (id == null) {
            throw new InvalidAnswerException(InvalidAnswerException.Kind.UNKNOWN_CHOICE, q.id(),
                    "question '" + q.id() + "' has no option '" + (code.length() > 40 ? code.substring(0, 40) + "…" : code) + "'");
        }
        return id;
    }

    /** A canonical response or key (author ids) in this attempt's codes; free-text values pass unchanged. */
    public List<String> encode(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String value : values) {
            int eq = value.indexOf('=');
            if (eq > 0 && !left.isEmpty()) {
                String l = value.substring(0, eq);
                String r = value.substring(eq + 1);
                out.add(leftToCode.getOrDefault(l, l) + "=" + authorToCode.getOrDefault(r, r));
            } else {
                out.add(authorToCode.getOrDefault(value, value));
            }
        }
        return out;
    }
}
