package academy.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;

/**
 * Every template renders in the request's UI language (remembered choice, else Accept-Language,
 * else Chinese) through Qute's own hook for new template instances, so no page sets it and no
 * request header is rewritten.
 */
@ApplicationScoped
public class UiLocale {

    void configureEngine(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> {
            ManagedContext request = Arc.container().requestContext();
            // a request context without an HTTP request (a scheduled job, a test thread) keeps the default
            if (request.isActive() && Arc.container().instance(io.quarkus.vertx.http.runtime.CurrentVertxRequest.class).get().getCurrent() != null) {
                instance.setLocale(Arc.container().instance(Ui.class).get().locale());
            }
        });
    }
}
