package academy.content.render;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The sanitizer policy for rendered Markdown: exactly what our renderer emits survives; scripts,
 * event handlers, inline styles, iframes and {@code javascript:} URLs never do.
 */
public final class HtmlPolicy {

    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_-]{1,120}");
    private static final Pattern CLASS = Pattern.compile("[a-zA-Z0-9_ -]{1,120}");
    private static final Pattern ALIGN = Pattern.compile("left|right|center");

    public static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code",
                    "em", "strong", "del", "s", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
                    "a", "img", "div", "span", "sup", "sub", "kbd", "details", "summary")
            .allowAttributes("id").matching(ID).onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class").matching(CLASS).onElements("pre", "code", "blockquote", "p", "div", "span", "a")
            .allowAttributes("align").matching(ALIGN).onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,4}")).onElements("ol")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowStandardUrlProtocols()
            .toFactory();

    private HtmlPolicy() {
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
