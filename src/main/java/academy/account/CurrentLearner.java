package academy.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * The signed-in learner of this request, for pages ({@code inject:account}) and services. Every
 * progress action takes the subject from here, never from a URL or form field.
 */
@Named("account")
@RequestScoped
public class CurrentLearner {

    /** Roles the realm grants; shown in the header in this order. */
    static final List<String> ROLES = List.of("learner", "instructor", "admin");

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url", defaultValue = "")
    String authServerUrl;

    private LearnerProfile profile;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The signed-in learner, or {@link SignInRequiredException} (a redirect to the login page, or 401 for APIs). */
    public LearnerProfile require() {
        if (!signedIn()) {
            throw new SignInRequiredException();
        }
        if (profile == null) {
            profile = profileOf(identity);
        }
        return profile;
    }

    public String subject() {
        return require().subject();
    }

    /** The OIDC subject of the signed-in user, or null for an anonymous visitor. */
    public String subjectOrNull() {
        return signedIn() ? identity.getPrincipal().getName() : null;
    }

    /** Name for the header; empty when nobody is signed in. */
    public String name() {
        return signedIn() ? require().shownName() : "";
    }

    /** The realm roles this user holds, in a stable order. */
    public List<String> roles() {
        Set<String> held = identity.getRoles();
        return ROLES.stream().filter(held::contains).toList();
    }

    public boolean instructor() {
        return identity.hasRole("instructor") || identity.hasRole("admin");
    }

    public boolean admin() {
        return identity.hasRole("admin");
    }

    /** Login link that comes back to the current page. */
    public String loginHref() {
        return SignInLinks.loginThenBackTo(request.uri());
    }

    /** Keycloak's own account console (password, sessions); empty without a configured server. */
    public String accountConsoleUrl() {
        return authServerUrl.isBlank() ? "" : authServerUrl.replaceFirst("/+$", "") + "/account";
    }

    /** Keycloak's admin console for this realm, linked for admins only. */
    public String adminConsoleUrl() {
        int realms = authServerUrl.indexOf("/realms/");
        if (realms < 0) {
            return "";
        }
        String realm = authServerUrl.substring(realms + "/realms/".length()).replaceFirst("/.*$", "");
        return authServerUrl.substring(0, realms) + "/admin/" + realm + "/console/";
    }

    /** Claims from the ID token (code flow) or access token (bearer); names only for other identities. */
    static LearnerProfile profileOf(SecurityIdentity identity) {
        String subject = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return new LearnerProfile(subject, jwt.getClaim("preferred_username"), jwt.getClaim("name"),
                    jwt.getClaim("email"));
        }
        return new LearnerProfile(subject, subject, null, null);
    }
}
