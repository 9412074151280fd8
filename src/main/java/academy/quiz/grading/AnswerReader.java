package academy.quiz.grading;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import academy.quiz.content.Choice;
import academy.quiz.content.Question;
import academy.quiz.grading.InvalidAnswerException.Kind;

/**
 * Turns the raw values submitted for one question (form fields or JSON) into its canonical response,
 * rejecting what the quiz page cannot produce. An empty result means "unanswered".
 *
 * <p>Shapes: single/true_false/fill/numeric one value; multiple a set of option ids; ordering the
 * item ids in order; match {@code leftId=rightId} pairs.
 */
public final class AnswerReader {

    public static final int MAX_TEXT = 500;
    public static final int MAX_NUMBER_TEXT = 64;
    /** Bounds checked on the text before any arithmetic: BigDecimal work grows with digits and exponent. */
    public static final int MAX_DIGITS = 40;
    public static final int MAX_EXPONENT = 100;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
            .compile("[+-]?(\\d*)(?:\\.(\\d*))?(?:[eE]([+-]?\\d+))?");
    static final int MAX_VALUES = 50;

    private AnswerReader() {
    }

    public static List<String> read(Question q, List<String> raw) {
        List<String> values = raw == null ? List.of() : raw.stream().map(v -> v == null ? "" : v).toList();
        if (values.size() > MAX_VALUES) {
            throw new InvalidAnswerException(Kind.TOO_LONG, q.id(), "too many values for question '" + q.id() + "'");
        }
        List<String> given = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        return switch (q.type()) {
            case SINGLE -> {
                single(q, given);
                given.forEach(v -> choice(q, v));
                yield given;
            }
            case MULTIPLE -> {
                given.forEach(v -> choice(q, v));
                yield given.stream().distinct().toList();
            }
            case TRUE_FALSE -> {
                single(q, given);
                if (!given.isEmpty() && !given.get(0).equals("true") && !given.get(0).equals("false")) {
                    throw new InvalidAnswerException(Kind.WRONG_TYPE, q.id(), "question '" + q.id() + "' takes true or false");
                }
                yield given;
            }
            case FILL -> {
                single(q, given);
                if (!given.isEmpty() && given.get(0).length() > MAX_TEXT) {
                    throw new InvalidAnswerException(Kind.TOO_LONG, q.id(), "the answer to question '" + q.id()
                            + "' is longer than " + MAX_TEXT + " characters");
                }
                yield given;
            }
            case NUMERIC -> {
                single(q, given);
                yield given.isEmpty() ? given : List.of(number(q, given.get(0)).toPlainString());
            }
            case ORDERING -> ordering(q, values);
            case MATCH -> match(q, given);
        };
    }

    private static void single(Question q, List<String> given) {
        if (given.size() > 1) {
            throw new InvalidAnswerException(Kind.WRONG_TYPE, q.id(), "question '" + q.id() + "' takes one answer, got " + given.size());
        }
    }

    private static void choice(Question q, String id) {
        if (q.choice(id).isEmpty()) {
            throw new InvalidAnswerException(Kind.UNKNOWN_CHOICE, q.id(), "question '" + q.id() + "' has no option '" + shorten(id) + "'");
        }
    }

    private static List<String> ordering(Question q, List<String> values) {
        if (values.size() > q.items().size()) {
            throw new InvalidAnswerException(Kind.WRONG_TYPE, q.id(), "question '" + q.id() + "' orders " + q.items().size() + " items");
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String id = v.strip();
            if (!id.isEmpty()) {
                choice(q, id);
            }
            out.add(id);
        }
        return out.stream().allMatch(String::isEmpty) ? List.of() : List.copyOf(out);
    }

    private static List<String> match(Question q, List<String> given) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String v : given) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw new InvalidAnswerException(Kind.WRONG_TYPE, q.id(), "question '" + q.id() + "' takes pairs written leftId=rightId");
            }
            String left = v.substring(0, eq).strip();
            String right = v.substring(eq + 1).strip();
            if (q.leftChoice(left).isEmpty()) {
                throw new InvalidAnswerException(Kind.UNKNOWN_CHOICE, q.id(), "question '" + q.id() + "' has no left item '" + shorten(left) + "'");
            }
            if (pairs.containsKey(left)) {
                throw new InvalidAnswerException(Kind.WRONG_TYPE, q.id(), "question '" + q.id() + "' pairs left item '" + left + "' twice");
            }
            if (!right.isEmpty()) {
                choice(q, right);
                pairs.put(left, right);
            }
        }
        List<String> out = new ArrayList<>();
        for (Choice left : q.left()) {
            if (pairs.containsKey(left.id())) {
                out.add(left.id() + "=" + pairs.get(left.id()));
            }
        }
        return List.copyOf(out);
    }

    /** Accepts full-width digits, a leading '+', and the question's unit written after the number. */
    static BigDecimal number(Question q, String raw) {
        if (raw.length() > MAX_NUMBER_TEXT) {
            throw new InvalidAnswerException(Kind.NUMBER_TOO_LONG, q.id(), "the answer to question '" + q.id() + "' is too long for a number");
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (q.unit() != null) {
            String unit = Normalizer.normalize(q.unit(), Normalizer.Form.NFKC);
            if (text.endsWith(unit)) {
                text = text.substring(0, text.length() - unit.length()).strip();
            }
        }
        text = text.replace(" ", "");
        java.util.regex.Matcher m = NUMBER.matcher(text);
        if (!m.matches() || (m.group(1).isEmpty() && (m.group(2) == null || m.group(2).isEmpty()))) {
            throw new InvalidAnswerException(Kind.NOT_A_NUMBER, q.id(), "the answer to question '" + q.id() + "' must be a number");
        }
        String digits = (m.group(1) + (m.group(2) == null ? "" : m.group(2))).replaceFirst("^0+", "");
        String exp = m.group(3) == null ? "0" : m.group(3).replaceFirst("^([+-]?)0+(?=\\d)", "$1");
        long exponent = exp.length() > 6 ? Long.MAX_VALUE : Math.abs(Long.parseLong(exp));
        if (digits.length() > MAX_DIGITS || exponent > MAX_EXPONENT) {
            throw new InvalidAnswerException(Kind.NUMBER_OUT_OF_RANGE, q.id(), "the answer to question '" + q.id() + "' is out of range");
        }
        return new BigDecimal(text);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
