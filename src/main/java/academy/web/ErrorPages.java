package academy.web;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Errors in the site's look and the user's language for pages, problem-details JSON for {@code /api}.
 * Never a stack trace: unexpected failures are logged with an id the user can quote.
 */
public class ErrorPages {

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance notFound(String path);

        public static native TemplateInstance badRequest(String detail);

        public static native TemplateInstance error(String errorId);
    }

    /** {@code quarkus.http.limits.max-form-attribute-size}, as told to the user in a 413. */
    static final String FORM_FIELD_LIMIT = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.limits.max-form-attribute-size", String.class).orElse("2048");

    @Inject
    Ui ui;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        if (isApi(uri)) {
            return problem(404, "Not Found", "no resource at " + path);
        }
        return page(404, Templates.notFound(path));
    }

    @ServerExceptionMapper
    public Response clientError(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return badJson(json, uri); // a body reader gave up on the JSON: say why
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (status == 413) {
            // a form field or body over quarkus.http.limits.*: say what is wrong, not "HTTP 413"
            String detail = ui.msg().too_large(FORM_FIELD_LIMIT);
            return isApi(uri) ? problem(413, "Content Too Large", detail) : page(413, Templates.badRequest(detail));
        }
        if (isApi(uri)) {
            return problem(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage());
        }
        if (status == 401 || status == 403 || status == 405 || status == 409 || status == 415) {
            return page(status, Templates.badRequest(e.getResponse().getStatusInfo().getReasonPhrase()));
        }
        return page(status, Templates.badRequest(e.getMessage()));
    }

    /** A body that is not JSON, or not of the expected shape: say where, without echoing internals. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response badJson(com.fasterxml.jackson.core.JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String what = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                ? "field '" + m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> a + "." + b).orElse("") + "' has the wrong type or is not allowed"
                : String.valueOf(e.getOriginalMessage()).contains("Duplicate field") ? "a key appears twice" : "malformed JSON";
        String detail = ui.msg().json_invalid(what + where);
        if (isApi(uri)) {
            return problem(400, "Bad Request", detail);
        }
        return page(400, Templates.badRequest(detail));
    }

    // the most specific exception type wins: beat quarkus-rest-jackson's own mappers, which answer bare JSON
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response invalidJsonFormat(com.fasterxml.jackson.databind.exc.InvalidFormatException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unknownJsonField(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unparsableJson(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
        return badJson(e, uri);
    }

    /** Seconds a client is asked to wait when no database connection was free (Retry-After). */
    static final int BUSY_RETRY_SECONDS = 2;

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (noConnectionFree(e)) {
            // overload, not a fault: every connection stayed busy for the pool's whole wait; nothing was changed
            Log.warnf("Busy: no database connection free in time on %s", uri.getPath());
            String detail = ui.msg().busy(BUSY_RETRY_SECONDS);
            Response busy = isApi(uri) ? problem(503, "Service Unavailable", detail) : page(503, Templates.badRequest(detail));
            return Response.fromResponse(busy).header("Retry-After", String.valueOf(BUSY_RETRY_SECONDS)).build();
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        Log.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
        if (isApi(uri)) {
            return problem(500, "Internal Server Error", "unexpected error, id " + id);
        }
        return page(500, Templates.error(id));
    }

    /** Agroal's "acquisition timeout" anywhere in the cause chain: the pool had no connection free in time. */
    static boolean noConnectionFree(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private Response page(int status, TemplateInstance page) {
        return page(status, page, ui);
    }

    /** An error page in the request's UI language. */
    public static Response page(int status, TemplateInstance page, Ui ui) {
        page.setLocale(ui.locale());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/") || uri.getPath().equals("/api");
    }

    /** RFC 9457 problem details: the one place the API's error JSON is built. */
    public static Response problem(int status, String title, String detail) {
        return Response.status(status).type("application/problem+json")
                .entity(Map.of("status", status, "title", title, "detail", detail == null ? title : detail)).build();
    }
}
