package academy.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps the page an anonymous reading request rendered (see {@link PublicPageCache}): only a 200 HTML
 * template for an anonymous identity, and never a page with a CSRF field in it (a token is per visitor).
 */
public class PublicPageStore {

    @Inject
    PublicPageCache cache;

    @Inject
    CurrentVertxRequest current;

    @Inject
    SecurityIdentity identity;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String csrfField;

    @ServerResponseFilter
    public void keep(ContainerResponseContext response) {
        RoutingContext rc = current.getCurrent();
        PublicPageCache.Key key = rc == null ? null : rc.get(PublicPageCache.MISS);
        if (key == null || response.getStatus() != 200 || !identity.isAnonymous()
                || response.getMediaType() == null || !response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return;
        }
        String html;
        if (response.getEntity() instanceof String rendered) { // Quarkus REST renders templates before response filters
            html = rendered;
        } else if (response.getEntity() instanceof TemplateInstance template) {
            html = template.render();
            response.setEntity(html, null, response.getMediaType());
        } else {
            return;
        }
        if (html.contains("name=\"" + csrfField + "\"")) {
            return;
        }
        PublicPageCache.Page page = cache.keep(key, html);
        rc.put(PublicPageCache.KEPT, Boolean.TRUE);
        PublicPageCache.headers(rc.response().headers(), page);
        response.getHeaders().putSingle("ETag", page.etag());
        response.getHeaders().putSingle("Cache-Control", "no-cache");
    }
}
