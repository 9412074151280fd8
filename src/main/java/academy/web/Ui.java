package academy.web;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * Per-request UI state for templates ({@code inject:ui}): the interface language, chosen from the
 * remembered cookie, else the browser's Accept-Language, else Chinese.
 */
@Named("ui")
@RequestScoped
public class Ui {

    public static final String LANG_COOKIE = "academy_lang";
    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    @Inject
    HttpServerRequest request;

    @Inject
    io.vertx.ext.web.RoutingContext routing;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String csrfField;

    @Inject
    Messages chinese;

    @Inject
    @io.quarkus.qute.i18n.Localized("en")
    Messages english;

    private String lang;

    /** The site's messages in this request's UI language, for texts built in Java. */
    public Messages msg() {
        return en() ? english : chinese;
    }

    public String lang() {
        if (lang == null) {
            lang = resolve();
        }
        return lang;
    }

    public boolean en() {
        return "en".equals(lang());
    }

    public Locale locale() {
        return en() ? Locale.ENGLISH : CHINESE;
    }

    /** The {@code lang} attribute of the page. */
    public String htmlLang() {
        return en() ? "en" : "zh-CN";
    }

    /** Path and query of this request: where the language switch returns to. */
    public String currentUri() {
        return request.uri();
    }

    /**
     * The CSRF token the form filter issued for this request, or null where no resource matched
     * (404 pages), which then render without forms.
     */
    public String csrfToken() {
        Object token = routing.get("csrf_token"); // the key quarkus-rest-csrf stores the token under
        return token == null ? null : token.toString();
    }

    /** Name of the form field that carries the CSRF token (quarkus.rest-csrf.form-field-name). */
    public String csrfField() {
        return csrfField;
    }

    private String resolve() {
        Cookie cookie = request.getCookie(LANG_COOKIE);
        if (cookie != null && LanguageResource.SUPPORTED.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** First supported language in the header's preference order; Chinese when none matches. */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return "zh";
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() == 0) {
                    continue;
                }
                if (tag.startsWith("zh")) {
                    return "zh";
                }
                if (tag.startsWith("en")) {
                    return "en";
                }
            }
        } catch (IllegalArgumentException malformed) {
            return "zh";
        }
        return "zh";
    }
}
