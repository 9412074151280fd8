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
    @Named("csrf")
    io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider csrf;

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

    /** A module's, path's or group's title in the UI language ({@code inject:ui.title(m)}). */
    public String title(academy.content.model.Bilingual item) {
        return en() && item.titleEn() != null && !item.titleEn().isBlank() ? item.titleEn() : item.title();
    }

    /**
     * A title in the UI language of the current request, for views built in Java; the Chinese title where no
     * HTTP request is being served (a scheduled job).
     */
    public static String titleOf(academy.content.model.Bilingual item) {
        io.quarkus.arc.ArcContainer arc = io.quarkus.arc.Arc.container();
        if (arc != null && arc.requestContext().isActive()
                && arc.instance(io.quarkus.vertx.http.runtime.CurrentVertxRequest.class).get().getCurrent() != null) {
            return arc.instance(Ui.class).get().title(item);
        }
        return item.title();
    }

    /** A learning path's description in the UI language. */
    public String description(academy.content.model.LearningPath path) {
        return en() && path.descriptionEn() != null && !path.descriptionEn().isBlank() ? path.descriptionEn() : path.description();
    }

    /** The {@code lang} attribute of the page. */
    public String htmlLang() {
        return en() ? "en" : "zh-CN";
    }

    /** The header's language link: the other language, back to this page. */
    public String switchHref() {
        return "/lang/" + (en() ? "zh" : "en") + "?return=" + java.net.URLEncoder.encode(currentUri(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Path and query of this request: where the language switch returns to. */
    public String currentUri() {
        return request.uri();
    }

    /**
     * Whether this response can carry forms: quarkus-rest-csrf issues a token only when a resource
     * matched (not on a 404), and its documented template data ({@code inject:csrf.token}) refuses
     * to render without one.
     */
    public boolean formsAllowed() {
        try {
            return csrf.getToken() != null;
        } catch (IllegalStateException noTokenForThisRequest) {
            return false;
        }
    }

    private String resolve() {
        return languageOf(request);
    }

    /** The UI language of any request, also where no request scope runs (a Vert.x failure handler). */
    public static String languageOf(HttpServerRequest request) {
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
