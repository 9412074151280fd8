package academy.content.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.commonmark.node.Document;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

import academy.content.model.GlossaryTerm;

/**
 * The one-pass term matcher links exactly what the straightforward search (every name, {@code indexOf}, leftmost
 * start, longest name there) linked before it: same terms, same places, on texts built from overlapping names,
 * case variants, word boundaries and non-Latin text.
 */
class TermLinkerTest {

    static final List<GlossaryTerm> TERMS = List.of(
            term("queue", "队列", "queue"), term("sched-queue", "调度队列", "scheduling queue"),
            term("scheduler", "调度器", "scheduler"), term("informer", "informer", "Informer"),
            term("pod", "Pod", "pod"), term("kube-proxy", "kube-proxy", "kube-proxy"),
            term("workqueue", "工作队列", "WorkQueue"), term("etcd", "etcd", "etcd"),
            term("pod-eviction", "Pod 驱逐", "pod eviction"), term("delta", "DeltaFIFO", "DeltaFIFO"));

    static GlossaryTerm term(String id, String term, String en) {
        return new GlossaryTerm(id, term, en, List.of(), null, "");
    }

    @Test
    void linksTheLeftmostLongestFirstUse() {
        List<String> out = link("调度队列里的 Pod 不是 pods，也不是 podX；队列与调度器、INFORMER 和 informer。");
        assertEquals(List.of("sched-queue:调度队列", "pod:Pod", "queue:队列", "scheduler:调度器", "informer:INFORMER"), out);
    }

    @Test
    void sameLinksAsTheStraightforwardSearch() {
        String[] parts = { "队列", "调度队列", "调度器", "informer", "Informers", "INFORMER", "Pod", "pod", "pods", "Pod 驱逐",
                "kube-proxy", "kube-proxyd", "_etcd", "etcd", "etcd3", "DeltaFIFO", "deltafifo", "WorkQueue", "工作队列",
                "scheduling queue", "Scheduling Queue", " ", "，", "。", "(", ")", "-", "a", "调度", "工作", "İ", "ß", "x" };
        Random random = new Random(14);
        int linked = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i >= 0; i--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            List<String> expected = reference(text.toString());
            assertEquals(expected, link(text.toString()), text.toString());
            linked += expected.size();
        }
        assertTrue(linked > 3000, "the texts exercise the matcher: " + linked + " links");
    }

    /** term id and linked text of every link, in document order */
    static List<String> link(String text) {
        Document doc = new Document();
        Paragraph p = new Paragraph();
        p.appendChild(new Text(text));
        doc.appendChild(p);
        new TermLinker(TERMS).link(doc);
        List<String> out = new ArrayList<>();
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link l) {
                out.add(l.getDestination().substring("/glossary#".length()) + ":" + ((Text) l.getFirstChild()).getLiteral());
            }
        }
        return out;
    }

    record Name(String text, String folded, boolean word, GlossaryTerm term) {
    }

    /** The matcher as it was: every name searched with indexOf; kept here as the specification. */
    static List<String> reference(String text) {
        List<Name> names = new ArrayList<>();
        for (GlossaryTerm t : TERMS) {
            for (String n : t.term().equalsIgnoreCase(t.en()) ? List.of(t.term()) : List.of(t.term(), t.en())) {
                if (n.codePointCount(0, n.length()) >= 2) {
                    names.add(new Name(n, n.toLowerCase(Locale.ROOT), n.chars().allMatch(c -> c < 128), t));
                }
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> -n.text().length()));
        Set<String> linked = new HashSet<>();
        List<String> out = new ArrayList<>();
        String literal = text;
        while (true) {
            String folded = literal.toLowerCase(Locale.ROOT);
            boolean sameLength = folded.length() == literal.length();
            int bestStart = -1, bestEnd = -1;
            Name best = null;
            for (Name n : names) {
                if (linked.contains(n.term().id())) {
                    continue;
                }
                String haystack = n.word() && sameLength ? folded : literal;
                String needle = n.word() && sameLength ? n.folded() : n.text();
                int from = 0;
                while (true) {
                    int at = haystack.indexOf(needle, from);
                    if (at < 0 || (best != null && at >= bestStart)) {
                        break;
                    }
                    int end = at + needle.length();
                    if (!n.word() || (boundary(literal, at - 1) && boundary(literal, end))) {
                        best = n;
                        bestStart = at;
                        bestEnd = end;
                        break;
                    }
                    from = at + 1;
                }
            }
            if (best == null) {
                return out;
            }
            linked.add(best.term().id());
            out.add(best.term().id() + ":" + literal.substring(bestStart, bestEnd));
            literal = literal.substring(bestEnd);
        }
    }

    static boolean boundary(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        return !(c < 128 && (Character.isLetterOrDigit(c) || c == '_'));
    }
}
