package academy.web;

import java.net.URI;
import java.util.Set;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** Switches the interface language and remembers it in a cookie for a year. */
@Path("/lang")
public class LanguageResource {

    static final Set<String> SUPPORTED = Set.of("zh", "en");

    /**
     * The header's language link. A link rather than a form, so that pages carry no per-visitor token and
     * can be served to every anonymous reader from one cached copy: switching only sets the browser's own
     * preference cookie (nothing is stored on the server) and redirects to a same-site path only.
     */
    @GET
    @Path("{lang}")
    public Response switchLanguageLink(@PathParam("lang") String lang, @QueryParam("return") String returnTo) {
        return remember(lang, returnTo);
    }

    private static Response remember(String lang, String returnTo) {
        if (lang == null || !SUPPORTED.contains(lang)) {
            throw new jakarta.ws.rs.BadRequestException("unsupported language: use zh or en");
        }
        NewCookie cookie = new NewCookie.Builder(Ui.LANG_COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(safeReturn(returnTo))).cookie(cookie).build();
    }

    /** Only same-site paths: an absolute or protocol-relative URL would make this an open redirect. */
    public static String safeReturn(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        try {
            URI uri = URI.create(returnTo);
            return uri.getHost() == null && uri.getScheme() == null ? returnTo : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
