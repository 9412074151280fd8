package academy.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the course content is loaded and valid. */
@Readiness
@ApplicationScoped
public class ContentReadinessCheck implements HealthCheck {

    @Inject
    CourseCatalog catalog;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("content loaded").status(catalog.loaded());
        catalog.courses().forEach(c -> response.withData(c.id(), c.lessonCount() + " lessons, content " + c.contentHash()));
        return response.build();
    }
}
