package academy.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.TemplateInstance;

/** Renders every page in the request's UI language, so pages never have to remember to set it. */
public class LocaleResponseFilter {

    @Inject
    Ui ui;

    @ServerResponseFilter
    public void applyLocale(ContainerResponseContext response) {
        if (response.getEntity() instanceof TemplateInstance page) {
            page.setLocale(ui.locale());
            response.getHeaders().putSingle("Content-Language", ui.htmlLang());
            response.getHeaders().putSingle("Vary", "Cookie, Accept-Language");
        }
    }
}
