package academy.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import academy.content.model.Lesson;

/**
 * Splits a lesson's rendered (sanitized) HTML into its sections, one per h2/h3 heading anchor, plus the
 * part before the first heading, as plain text for the index: prose, and code (blocks, inline code,
 * diagrams) apart for the identifier field.
 */
final class LessonSections {

    /** One section: anchor ("" for the part before the first heading), heading text, prose, code. */
    record Section(String anchor, String heading, String text, String code) {
    }

    private static final Pattern HEADING = Pattern.compile("<h([23]) id=\"([^\"]+)\">(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern BLOCK = Pattern.compile("<pre[^>]*>(.*?)</pre>", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("<code[^>]*>(.*?)</code>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern BLOCK_END = Pattern.compile("</(p|li|td|th|h[1-6]|blockquote|div)>|<br */?>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    private LessonSections() {
    }

    static List<Section> of(Lesson lesson) {
        String html = lesson.html();
        List<Section> out = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        int from = 0;
        String anchor = "";
        String heading = "";
        while (m.find()) {
            add(out, anchor, heading, html.substring(from, m.start()));
            anchor = unescape(m.group(2));
            heading = plain(m.group(3));
            from = m.end();
        }
        add(out, anchor, heading, html.substring(from));
        return out;
    }

    private static void add(List<Section> out, String anchor, String heading, String html) {
        StringBuilder code = new StringBuilder();
        Matcher c = CODE.matcher(html);
        while (c.find()) {
            code.append(plain(c.group(1))).append('\n');
        }
        Matcher b = BLOCK.matcher(html);
        StringBuilder prose = new StringBuilder();
        int from = 0;
        while (b.find()) {
            if (!b.group(0).contains("<code")) {
                code.append(plain(b.group(1))).append('\n'); // diagrams
            }
            prose.append(html, from, b.start()).append('\n');
            from = b.end();
        }
        prose.append(html.substring(from));
        String text = plain(BLOCK_END.matcher(prose).replaceAll("\n")).replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
        if (anchor.isEmpty() && text.isEmpty() && code.isEmpty()) {
            return;
        }
        out.add(new Section(anchor, heading, text, code.toString()));
    }

    static String plain(String html) {
        return unescape(TAG.matcher(html).replaceAll(""));
    }

    static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
