package academy.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import academy.web.ErrorPages;

/**
 * {@code GET /api/search?q=&module=&path=&limit=}: lesson sections and glossary terms for the header's
 * as-you-type box and for integrations. Snippets are escaped HTML whose only markup is {@code <mark>}.
 */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchApi {

    @Inject
    SearchRequest request;

    @GET
    public SearchResults search(@QueryParam("q") String q, @QueryParam("module") String module,
            @QueryParam("path") String path, @QueryParam("limit") String limit) {
        return request.run(q, module, path, limit, 8);
    }

    @ServerExceptionMapper
    public Response notReady(IndexNotReadyException e) {
        return Response.fromResponse(ErrorPages.problem(503, "Service Unavailable", e.getMessage())).header("Retry-After", "5").build();
    }
}
