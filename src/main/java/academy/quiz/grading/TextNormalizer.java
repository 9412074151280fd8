package academy.quiz.grading;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Normalises short text answers so that what a learner means matches what the author wrote:
 * Unicode NFKC (full-width letters, digits and ASCII punctuation become half-width), Chinese
 * punctuation that NFKC keeps (。、“” …) mapped to ASCII, whitespace runs collapsed and trimmed,
 * no whitespace around {@code , ; : ! ? ( ) [ ]} (Chinese typing puts none after "，"), and lower
 * case unless the question is case-sensitive.
 */
public final class TextNormalizer {

    private static final Map<Character, String> CHINESE_PUNCTUATION = Map.ofEntries(
            Map.entry('。', "."), Map.entry('、', ","), Map.entry('，', ","), Map.entry('；', ";"),
            Map.entry('：', ":"), Map.entry('？', "?"), Map.entry('！', "!"),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('„', "\""), Map.entry('‘', "'"), Map.entry('’', "'"),
            Map.entry('「', "\""), Map.entry('」', "\""), Map.entry('『', "\""), Map.entry('』', "\""),
            Map.entry('（', "("), Map.entry('）', ")"), Map.entry('【', "["), Map.entry('】', "]"),
            Map.entry('《', "<"), Map.entry('》', ">"), Map.entry('〈', "<"), Map.entry('〉', ">"),
            Map.entry('～', "~"), Map.entry('—', "-"), Map.entry('–', "-"), Map.entry('…', "..."));

    private static final java.util.regex.Pattern SPACE_AROUND_PUNCTUATION =
            java.util.regex.Pattern.compile(" ?([,;:!?()\\[\\]]) ?");

    private TextNormalizer() {
    }

    public static String normalize(String text, boolean caseSensitive) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            String mapped = CHINESE_PUNCTUATION.get(c);
            if (mapped != null) {
                out.append(mapped);
            } else {
                out.append(c);
            }
        }
        String result = SPACE_AROUND_PUNCTUATION.matcher(out).replaceAll("$1");
        return caseSensitive ? result : result.toLowerCase(Locale.ROOT);
    }
}
