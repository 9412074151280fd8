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
            if (request.isActive()) {
                instance.setLocale(Arc.container().instance(Ui.class).get().locale());
            }
        });
    }
}
