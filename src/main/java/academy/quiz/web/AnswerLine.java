package academy.quiz.web;

/**
 * One line of an answer on the result page. The template escapes {@code text} and {@code code};
 * {@code html} and {@code rightHtml} are sanitized content (option and item texts) shown as is.
 *
 * @param html      content HTML (an ordering item, a match's left item), or null
 * @param text      plain text (a typed answer, a number with its unit, a label), or null
 * @param rightHtml a match's right item, shown after an arrow, or null
 * @param code      a pattern shown as code after the text, or null
 */
public record AnswerLine(String html, String text, String rightHtml, String code) {

    static AnswerLine text(String text) {
        return new AnswerLine(null, text, null, null);
    }

    static AnswerLine content(String html) {
        return new AnswerLine(html, null, null, null);
    }
}
