package academy.content.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    private final List<Name> names = new ArrayList<>();
    final Set<String> linked = new LinkedHashSet<>();
    final Set<Link> links = new java.util.HashSet<>();

    TermLinker(List<GlossaryTerm> terms) {
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
    }

    void link(Node document) {
        if (names.isEmpty()) {
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

    private Match first(String literal) {
        String folded = literal.toLowerCase(Locale.ROOT);
        boolean sameLength = folded.length() == literal.length();
        Match best = null;
        for (Name n : names) {
            if (linked.contains(n.term().id())) {
                continue;
            }
            String haystack = n.word() && sameLength ? folded : literal;
            String needle = n.word() && sameLength ? n.folded() : n.text();
            int from = 0;
            while (true) {
                int at = haystack.indexOf(needle, from);
                if (at < 0 || (best != null && at >= best.start())) {
                    break;
                }
                int end = at + needle.length();
                if (!n.word() || (boundary(literal, at - 1) && boundary(literal, end))) {
                    best = new Match(at, end, n);
                    break;
                }
                from = at + 1;
            }
        }
        return best;
    }

    private static boolean boundary(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        return !(c < 128 && (Character.isLetterOrDigit(c) || c == '_'));
    }
}
