package academy.course;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import academy.content.CourseCatalog;
import academy.content.model.Course;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The home page: the featured course and its learning paths. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Course course);
    }

    @Inject
    CourseCatalog catalog;

    @GET
    public TemplateInstance index() {
        return Templates.index(catalog.featured().orElseThrow(NotFoundException::new));
    }
}
