package academy.live;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import academy.web.ErrorPages;
import academy.web.Ui;

/** Live-session refusals: problem details for {@code /api}, else the error page, each in the user's language. */
public class LiveErrors {

    @Inject
    LiveTexts texts;

    @Inject
    Ui ui;

    @ServerExceptionMapper
    public Response refused(LiveRefusedException e, UriInfo uri) {
        String detail = texts.refusal(e.reason());
        int status = e.reason().status();
        String title = switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            default -> "Conflict";
        };
        if (uri.getPath().startsWith("/api/")) {
            return ErrorPages.problem(status, title, detail);
        }
        return ErrorPages.page(status, ErrorPages.Templates.badRequest(detail), ui);
    }
}
