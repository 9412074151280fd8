package academy.account;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import academy.web.LanguageResource;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Sign-in and sign-out. {@code /login} checks that Keycloak answers, then hands over to
 * {@code /login/start}, the one protected path, where the OIDC code flow (with PKCE) runs and returns.
 * Logout itself is handled by Quarkus OIDC at {@code /logout} (RP-initiated, back to the home page).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unavailable(String redirect, String retryHref);
    }

    @Inject
    CurrentLearner account;

    @Inject
    SignInAvailability availability;

    @GET
    @Path("login")
    public Response login(@QueryParam("redirect") String redirect) {
        String target = LanguageResource.safeReturn(redirect);
        if (account.signedIn()) {
            return Response.seeOther(URI.create(target)).build();
        }
        if (!availability.available()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .entity(Templates.unavailable(target, SignInLinks.loginThenBackTo(target))).build();
        }
        return Response.seeOther(URI.create("/login/start?redirect=" + encoded(target))).build();
    }

    /** Reached signed in, after Keycloak sent the learner back: continue where they wanted to go. */
    @GET
    @Path("login/start")
    @Authenticated
    public Response loggedIn(@QueryParam("redirect") String redirect) {
        return Response.seeOther(URI.create(LanguageResource.safeReturn(redirect))).build();
    }

    private static String encoded(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** Only reached without a session (Quarkus OIDC handles signed-in logouts before this): go home. */
    @GET
    @Path("logout")
    public Response logout() {
        return Response.seeOther(URI.create("/")).build();
    }
}
