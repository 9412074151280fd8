package academy.account;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;

/** A page that needs a learner sends visitors to the login page (and back); an API answers 401. */
public class SignInRequiredMapper {

    @ServerExceptionMapper
    public Response signInRequired(SignInRequiredException e, UriInfo uri, HttpServerRequest request) {
        return answer(uri.getPath(), request.uri());
    }

    static Response answer(String path, String pathAndQuery) {
        if (path.equals("/api") || path.startsWith("/api/")) {
            return Response.fromResponse(academy.web.ErrorPages.problem(401, "Unauthorized",
                    "sign in, or send a bearer token from the academy realm")).header("WWW-Authenticate", "Bearer").build();
        }
        return Response.seeOther(URI.create(SignInLinks.loginThenBackTo(pathAndQuery))).build();
    }
}
