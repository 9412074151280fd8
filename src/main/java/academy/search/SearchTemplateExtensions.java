package academy.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.qute.TemplateExtension;

/** Template helpers for search links. */
@TemplateExtension
public class SearchTemplateExtensions {

    /** A text as a URL query value ({@code /search?q={s.urlEncode}}). */
    static String urlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
