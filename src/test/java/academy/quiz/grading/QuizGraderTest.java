package academy.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import academy.quiz.content.AnswerKey;
import academy.quiz.content.Choice;
import academy.quiz.content.Difficulty;
import academy.quiz.content.Question;
import academy.quiz.content.QuestionType;

/** Every question type graded from raw submitted values, as the pages and the API do it. */
class QuizGraderTest {

    static final List<Choice> ABCD = List.of(new Choice("a", "A"), new Choice("b", "B"), new Choice("c", "C"), new Choice("d", "D"));

    static Question question(QuestionType type, int points, List<Choice> choices, List<Choice> left, AnswerKey key, String unit) {
        List<Choice> none = List.of();
        return new Question("q", type, "<p>?</p>", "", type == QuestionType.SINGLE || type == QuestionType.MULTIPLE ? choices : none,
                type == QuestionType.ORDERING ? choices : none, left, type == QuestionType.MATCH ? choices : none, unit, key,
                points, Difficulty.MEDIUM, "first", "why", null, 1);
    }

    static AnswerKey ids(List<String> ids, boolean partial) {
        return new AnswerKey(ids, null, List.of(), List.of(), null, Map.of(), null, BigDecimal.ZERO, partial, false);
    }

    static AnswerKey fill(List<String> accept, String regex, boolean caseSensitive) {
        List<String> normalized = accept.stream().map(a -> TextNormalizer.normalize(a, caseSensitive)).toList();
        Pattern p = regex == null ? null : Pattern.compile(regex, Pattern.UNICODE_CASE | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE));
        return new AnswerKey(List.of(), null, normalized, accept, p, Map.of(), null, BigDecimal.ZERO, false, caseSensitive);
    }

    static QuestionScore grade(Question q, String... raw) {
        return QuizGrader.score(q, AnswerReader.read(q, List.of(raw)));
    }

    @Test
    void singleIsRightOrWrong() {
        Question q = question(QuestionType.SINGLE, 2, ABCD, List.of(), ids(List.of("b"), false), null);
        assertEquals(new QuestionScore(2, 2, true), grade(q, "b"));
        assertEquals(new QuestionScore(0, 2, false), grade(q, "a"));
        assertEquals(new QuestionScore(0, 2, false), grade(q), "unanswered scores zero");
        assertThrows(InvalidAnswerException.class, () -> grade(q, "a", "b"));
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class, () -> grade(q, "z"));
        assertEquals(InvalidAnswerException.Kind.UNKNOWN_CHOICE, e.kind());
    }

    @Test
    void multipleIsAllOrNothingByDefault() {
        Question q = question(QuestionType.MULTIPLE, 3, ABCD, List.of(), ids(List.of("a", "c"), false), null);
        assertTrue(grade(q, "c", "a").correct());
        assertEquals(0, grade(q, "a").points());
        assertEquals(0, grade(q, "a", "c", "d").points());
    }

    @Test
    void multipleWithPartialCreditTakesOneShareOffPerWrongPick() {
        Question q = question(QuestionType.MULTIPLE, 4, ABCD, List.of(), ids(List.of("a", "b", "c", "d").subList(0, 2), true), null);
        // key {a, b}: share 2 points
        assertEquals(4, grade(q, "a", "b").points(), 1e-9);
        assertEquals(2, grade(q, "a").points(), 1e-9);
        assertFalse(grade(q, "a").correct());
        assertEquals(2, grade(q, "a", "b", "c").points(), 1e-9);
        assertEquals(0, grade(q, "a", "c").points(), 1e-9);
        assertEquals(0, grade(q, "c", "d").points(), 1e-9, "never below zero");
        assertEquals(4, grade(q, "a", "b", "a").points(), 1e-9, "a repeated pick counts once");
    }

    @Test
    void trueFalse() {
        AnswerKey key = new AnswerKey(List.of(), false, List.of(), List.of(), null, Map.of(), null, BigDecimal.ZERO, false, false);
        Question q = question(QuestionType.TRUE_FALSE, 1, List.of(), List.of(), key, null);
        assertTrue(grade(q, "false").correct());
        assertFalse(grade(q, "true").correct());
        assertThrows(InvalidAnswerException.class, () -> grade(q, "maybe"));
    }

    @Test
    void fillNormalisesWidthPunctuationSpacesAndCase() {
        Question q = question(QuestionType.FILL, 1, List.of(), List.of(), fill(List.of("kube-apiserver", "30s, 1m"), null, false), null);
        assertTrue(grade(q, "kube-apiserver").correct());
        assertTrue(grade(q, "  Kube-APIServer   ").correct(), "trimmed and case-insensitive");
        assertTrue(grade(q, "ｋｕｂｅ－ａｐｉｓｅｒｖｅｒ").correct(), "full-width letters and dash");
        assertTrue(grade(q, "３０s，1m").correct(), "full-width digits and Chinese comma");
        assertTrue(grade(q, "30s、 1m").correct(), "enumeration comma");
        assertTrue(grade(q, "30s,   1m").correct(), "inner whitespace collapsed");
        assertFalse(grade(q, "kube apiserver").correct());
    }

    @Test
    void fillCaseSensitiveAndRegex() {
        Question cs = question(QuestionType.FILL, 1, List.of(), List.of(), fill(List.of("ListAndWatch"), null, true), null);
        assertTrue(grade(cs, " ListAndWatch ").correct());
        assertFalse(grade(cs, "listandwatch").correct());
        Question re = question(QuestionType.FILL, 1, List.of(), List.of(), fill(List.of(), "resync(Period)?", false), null);
        assertTrue(grade(re, "ResyncPeriod").correct());
        assertTrue(grade(re, "resync").correct());
        assertFalse(grade(re, "resync period now").correct(), "the regex must match the whole answer");
        assertThrows(InvalidAnswerException.class, () -> grade(re, "x".repeat(AnswerReader.MAX_TEXT + 1)));
    }

    @Test
    void orderingIsAllOrNothing() {
        List<Choice> items = ABCD.subList(0, 3);
        Question q = question(QuestionType.ORDERING, 2, items, List.of(), ids(List.of("c", "a", "b"), false), null);
        assertTrue(grade(q, "c", "a", "b").correct());
        assertEquals(0, grade(q, "c", "b", "a").points());
        assertEquals(0, grade(q, "c", "a", "").points(), "an incomplete order is wrong");
        assertEquals(0, grade(q, "", "", "").points());
        assertThrows(InvalidAnswerException.class, () -> grade(q, "c", "a", "b", "a"));
        assertThrows(InvalidAnswerException.class, () -> grade(q, "c", "a", "x"));
    }

    @Test
    void matchEarnsAShareForEachCorrectPair() {
        List<Choice> left = List.of(new Choice("l1", "1"), new Choice("l2", "2"), new Choice("l3", "3"));
        List<Choice> right = List.of(new Choice("r1", "1"), new Choice("r2", "2"), new Choice("r3", "3"));
        AnswerKey key = new AnswerKey(List.of(), null, List.of(), List.of(), null, Map.of("l1", "r1", "l2", "r2", "l3", "r3"),
                null, BigDecimal.ZERO, false, false);
        Question q = question(QuestionType.MATCH, 3, right, left, key, null);
        assertTrue(grade(q, "l1=r1", "l2=r2", "l3=r3").correct());
        assertEquals(1, grade(q, "l1=r1", "l2=r3", "l3=r2").points(), 1e-9);
        assertEquals(2, grade(q, "l1=r1", "l3=r3").points(), 1e-9, "an unpaired left item earns nothing");
        assertEquals(1, grade(q, "l1=r1", "l2=").points(), 1e-9, "an empty select is unpaired");
        assertThrows(InvalidAnswerException.class, () -> grade(q, "l1=r1", "l1=r2"));
        assertThrows(InvalidAnswerException.class, () -> grade(q, "l9=r1"));
        assertThrows(InvalidAnswerException.class, () -> grade(q, "l1r1"));
    }

    @Test
    void numericWithinTolerance() {
        AnswerKey key = new AnswerKey(List.of(), null, List.of(), List.of(), null, Map.of(), new BigDecimal("30"),
                new BigDecimal("0.5"), false, false);
        Question q = question(QuestionType.NUMERIC, 1, List.of(), List.of(), key, "秒");
        assertTrue(grade(q, "30").correct());
        assertTrue(grade(q, "30.5").correct());
        assertTrue(grade(q, "29.5").correct());
        assertFalse(grade(q, "30.51").correct());
        assertTrue(grade(q, "３０").correct(), "full-width digits");
        assertTrue(grade(q, "30 秒").correct(), "the unit may be typed");
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class, () -> grade(q, "thirty"));
        assertEquals(InvalidAnswerException.Kind.NOT_A_NUMBER, e.kind());

        AnswerKey exact = new AnswerKey(List.of(), null, List.of(), List.of(), null, Map.of(), new BigDecimal("0.1"),
                BigDecimal.ZERO, false, false);
        Question q2 = question(QuestionType.NUMERIC, 1, List.of(), List.of(), exact, null);
        assertTrue(grade(q2, "0.10").correct(), "compared as decimals, not binary doubles");
        assertFalse(grade(q2, "0.11").correct());
    }
}
