package academy.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the search index is built (it is built in the background right after the content loads). */
@Readiness
@ApplicationScoped
public class SearchReadinessCheck implements HealthCheck {

    @Inject
    SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search index built").status(index.ready())
                .withData("documents", index.documents())
                .withData("indexBytes", index.ramBytesUsed())
                .build();
    }
}
