package academy.content.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import academy.content.model.GlossaryTerm;

/**
 * Links the first use of each glossary term in a document's prose to its glossary entry. Only plain
 * text is looked at: code spans and blocks are not text nodes, and headings, links and images are
 * skipped. A term's {@code term} and {@code en} names are looked for (not its aliases). Chinese names match anywhere; names in Latin letters only as whole words, ignoring case.
 */
final class TermLinker {

    private record Name(String text, String folded, boolean word, GlossaryTerm term) {
    }

    private record Match(int start, int end, Name name) {
    }

    /**
     * The names by their first character, lower-cased (a filter only: the exact comparison decides), each list
     * longest first. Built once per glossary: every lesson, question and choice is rendered with the same one.
     */
    private record Index(List<GlossaryTerm> terms, Map<Character, List<Name>> byFirst) {
    }

    private static volatile Index lastIndex;

    private final Map<Character, List<Name>> byFirst;
    final Set<String> linked = new LinkedHashSet<>();
    final Set<Link> links = new java.util.HashSet<>();

    TermLinker(List<GlossaryTerm> terms) {
        Index index = lastIndex;
        if (index == null || index.terms() != terms) {
            index = new Index(terms, index(terms));
            lastIndex = index;
        }
        byFirst = index.byFirst();
    }

    private static Map<Character, List<Name>> index(List<GlossaryTerm> terms) {
        List<Name> names = new ArrayList<>();
        for (GlossaryTerm t : terms) {
            // the term's own names only: aliases are often short, generic words (压缩, 假定) that serve search
            // but would link ordinary prose
            for (String n : t.term().equalsIgnoreCase(t.en()) ? List.of(t.term()) : List.of(t.term(), t.en())) {
                if (n.codePointCount(0, n.length()) >= 2) {
                    names.add(new Name(n, n.toLowerCase(Locale.ROOT), n.chars().allMatch(c -> c < 128), t));
                }
            }
        }
        // the longest name wins where two start at the same place (调度队列 before 队列)
        names.sort(Comparator.comparingInt((Name n) -> -n.text().length()));
        Map<Character, List<Name>> byFirst = new HashMap<>();
        for (Name n : names) {
            byFirst.computeIfAbsent(Character.toLowerCase(n.text().charAt(0)), c -> new ArrayList<>()).add(n);
        }
        return byFirst;
    }

    void link(Node document) {
        if (byFirst.isEmpty()) {
            return;
        }
        List<Text> texts = new ArrayList<>();
        collect(document, texts);
        for (Text text : texts) {
            split(text);
        }
    }

    private static void collect(Node node, List<Text> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading || child instanceof Link || child instanceof Image) {
                continue;
            }
            if (child instanceof Text t) {
                out.add(t);
            } else {
                collect(child, out);
            }
        }
    }

    private void split(Text text) {
        Text rest = text;
        while (true) {
            String literal = rest.getLiteral();
            Match m = first(literal);
            if (m == null) {
                return;
            }
            linked.add(m.name().term().id());
            Link link = new Link("/glossary#" + m.name().term().id(), null);
            link.appendChild(new Text(literal.substring(m.start(), m.end())));
            links.add(link);
            if (m.start() > 0) {
                rest.insertBefore(new Text(literal.substring(0, m.start())));
            }
            rest.insertBefore(link);
            if (m.end() == literal.length()) {
                rest.unlink();
                return;
            }
            rest.setLiteral(literal.substring(m.end()));
        }
    }

    /**
     * The leftmost use of a name whose term is not linked yet, the longest name where several start there.
     * One pass over the text, looking only at the names that start with the character at each position.
     */
    private Match first(String literal) {
        String folded = literal.toLowerCase(Locale.ROOT);
        boolean sameLength = folded.length() == literal.length();
        for (int at = 0; at < literal.length(); at++) {
            List<Name> candidates = byFirst.get(Character.toLowerCase(literal.charAt(at)));
            if (candidates == null) {
                continue;
            }
            for (Name n : candidates) {
                if (linked.contains(n.term().id())) {
                    continue;
                }
                boolean caseless = n.word() && sameLength;
                String haystack = caseless ? folded : literal;
                String needle = caseless ? n.folded() : n.text();
                if (!haystack.startsWith(needle, at)) {
                    continue;
                }
                int end = at + needle.length();
                if (!n.word() || (boundary(literal, at - 1) && boundary(literal, end))) {
                    return new Match(at, end, n);
                }
            }
        }
        return null;
    }

    private static boolean boundary(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        return !(c < 128 && (Character.isLetterOrDigit(c) || c == '_'));
    }
}
