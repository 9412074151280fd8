package academy.search;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Code identifiers as learners type them: a token is a run of ASCII letters, digits and {@code _ . / -}
 * ({@code syncLoop}, {@code DeltaFIFO}, {@code pkg/scheduler/backend/queue}, {@code kube-apiserver}); it is
 * indexed whole (lowercased) and as its camelCase, dotted and slashed parts, so both the exact name and
 * a part of it find the section. Chinese text yields no tokens here (smartcn covers it in the text fields).
 */
final class IdentifierAnalyzer extends Analyzer {

    static final int PARTS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

    static boolean identifierChar(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == '-');
    }

    /** The whole-token form of a query word: edge punctuation trimmed, lowercased; empty if it has no letter. */
    static String normalize(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && isEdge(word.charAt(start))) {
            start++;
        }
        while (end > start && isEdge(word.charAt(end - 1))) {
            end--;
        }
        String trimmed = word.substring(start, end);
        boolean letter = trimmed.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        boolean allIdentifier = trimmed.chars().allMatch(IdentifierAnalyzer::identifierChar);
        return letter && allIdentifier ? trimmed.toLowerCase(java.util.Locale.ROOT) : "";
    }

    private static boolean isEdge(char c) {
        return c == '.' || c == '/' || c == '-' || c == '_';
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(IdentifierAnalyzer::identifierChar);
        TokenStream stream = new EdgeTrimFilter(tokenizer);
        stream = new WordDelimiterGraphFilter(stream, PARTS, null);
        stream = new FlattenGraphFilter(stream);
        stream = new LowerCaseFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Trims sentence punctuation off a token ({@code syncLoop.} → {@code syncLoop}) and drops tokens without a letter. */
    private static final class EdgeTrimFilter extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        EdgeTrimFilter(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() throws IOException {
            int start = 0;
            int end = term.length();
            while (start < end && isEdge(term.charAt(start))) {
                start++;
            }
            while (end > start && isEdge(term.charAt(end - 1))) {
                end--;
            }
            if (start > 0 || end < term.length()) {
                String trimmed = term.subSequence(start, end).toString();
                term.setEmpty().append(trimmed);
            }
            for (int i = 0; i < term.length(); i++) {
                if (Character.isLetter(term.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
