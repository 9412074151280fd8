package academy.content.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a course's glossary ({@code courses/<id>/glossary.yaml}).
 *
 * @param term       the name as the lessons use it (Chinese, or the English word where the lessons use it)
 * @param en         the English name as in Kubernetes source and docs
 * @param aliases    other spellings and synonyms a learner might type
 * @param lesson     the lesson that introduces the term
 * @param definition one to three sentences of plain text; {@code `code`} spans allowed
 */
public record GlossaryTerm(String id, String term, String en, List<String> aliases, LessonKey lesson, String definition) {

    /** Every name of the term: term, English name, aliases, without repeats (case-insensitive). */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (String name : concat()) {
            if (out.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
                out.add(name);
            }
        }
        return out;
    }

    private List<String> concat() {
        List<String> all = new ArrayList<>();
        all.add(term);
        all.add(en);
        all.addAll(aliases);
        return all;
    }

    /** The definition as HTML: text escaped, {@code `code`} spans as {@code <code>}. */
    public String definitionHtml() {
        StringBuilder out = new StringBuilder();
        boolean code = false;
        for (String part : definition.split("`", -1)) {
            if (code) {
                out.append("<code>").append(escape(part)).append("</code>");
            } else {
                out.append(escape(part));
            }
            code = !code;
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
