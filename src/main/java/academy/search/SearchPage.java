package academy.search;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;


import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.web.ErrorPages;
import academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /search?q=&module=&path=}: the results page, also what the header box submits to without JavaScript. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchResults results, List<Course> courses);
    }

    @Inject
    SearchRequest request;

    @Inject
    CourseCatalog catalog;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("module") String module,
            @QueryParam("path") String path) {
        return Templates.search(request.run(q, module, path, null, 20), catalog.courses());
    }

    @ServerExceptionMapper
    public Response notReady(IndexNotReadyException e) {
        return Response.fromResponse(ErrorPages.page(503, ErrorPages.Templates.badRequest(e.getMessage()), ui))
                .header("Retry-After", "5").build();
    }
}
