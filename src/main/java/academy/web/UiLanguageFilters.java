package academy.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Renders every page in the request's UI language without pages having to set it: the remembered
 * choice (cookie) replaces the browser's Accept-Language, which Qute uses to pick message bundles.
 */
public class UiLanguageFilters {

    @Inject
    Ui ui;

    @Inject
    HttpServerRequest request;

    @ServerRequestFilter(preMatching = true)
    public void chooseLanguage(ContainerRequestContext context) {
        String lang = ui.htmlLang();
        request.headers().set("Accept-Language", lang);
        context.getHeaders().putSingle("Accept-Language", lang);
    }

    @ServerResponseFilter
    public void announceLanguage(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle("Content-Language", ui.htmlLang());
            response.getHeaders().add("Vary", "Cookie");
        }
    }
}
