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

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "academy.public-reading", defaultValue = "true")
    boolean publicReading;

    @GET
    @Path("login")
    public Response login(@QueryParam("redirect") String redirect) {
        String target = LanguageResource.safeReturn(redirect);
        if (account.signedIn()) {
            return Response.seeOther(URI.create(target)).build();
        }
        if (!availability.available()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .entity(Templates.unavailable(readableWithoutSignIn(target), SignInLinks.loginThenBackTo(target))).build();
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

    /**
     * Where "continue reading" goes while sign-in is down: the page asked for when visitors may read it
     * (a course page), else the home page, never a page that sends the visitor back here.
     */
    String readableWithoutSignIn(String target) {
        String path = target.replaceFirst("[?#].*$", "");
        boolean reading = path.startsWith("/courses/") && !path.endsWith("/quiz") && !path.endsWith("/exam");
        return publicReading && reading ? target : "/";
    }

    private static String encoded(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** Where Keycloak returns after sign-out (Quarkus OIDC has checked its state query): home, without the query. */
    @GET
    @Path("signed-out")
    public Response signedOut() {
        return Response.seeOther(URI.create("/")).build();
    }

    /** Only reached without a session (Quarkus OIDC handles signed-in logouts before this): go home. */
    @GET
    @Path("logout")
    public Response logout() {
        return Response.seeOther(URI.create("/")).build();
    }
}
