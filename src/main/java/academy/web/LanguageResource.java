package academy.web;

import java.net.URI;
import java.util.Set;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** Switches the interface language and remembers it in a cookie for a year. */
@Path("/lang")
public class LanguageResource {

    static final Set<String> SUPPORTED = Set.of("zh", "en");

    @io.quarkus.qute.CheckedTemplate
    static class Templates {
        static native io.quarkus.qute.TemplateInstance confirm(String lang, String returnTo);
    }

    /**
     * The switch on pages that cannot carry a form token (a 404 has no matched resource): a page with
     * the same one-button form, so the change itself stays a CSRF-checked POST.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public io.quarkus.qute.TemplateInstance confirm(@QueryParam("lang") String lang, @QueryParam("return") String returnTo) {
        return Templates.confirm("en".equals(lang) ? "en" : "zh", safeReturn(returnTo));
    }

    @POST
    public Response switchLanguage(@FormParam("lang") String lang, @FormParam("return") String returnTo) {
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
