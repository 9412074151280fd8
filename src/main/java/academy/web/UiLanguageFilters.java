package academy.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;


/**
 * Tells caches and browsers which language a page is in, and that it depends on the language
 * cookie. (Templates pick the language through {@link UiLocale}.)
 */
public class UiLanguageFilters {

    @Inject
    Ui ui;

    @ServerResponseFilter
    public void announceLanguage(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle("Content-Language", ui.htmlLang());
            response.getHeaders().add("Vary", "Cookie");
        }
    }
}
