package academy.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import academy.web.Ui;
import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.qute.i18n.Localized;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request that carries a token (a bearer header, or a session cookie) while Keycloak cannot be
 * reached: Quarkus OIDC fails it before any resource runs, and its default answer is a bare 500. This
 * failure handler, first in the router, answers 503 with {@code Retry-After} instead, saying in the
 * user's language that sign-in is unavailable: problem details for {@code /api}, a page otherwise.
 */
@ApplicationScoped
public class SignInOutage {

    static final String RETRY_AFTER_SECONDS = "30";

    @Inject
    AccountMessages chinese;

    @Inject
    @Localized("en")
    AccountMessages english;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext rc) {
        if (!isOutage(rc.failure()) || rc.response().headWritten()) {
            rc.next();
            return;
        }
        Log.warnf("Sign-in service unreachable; %s %s answered 503 (%s)", rc.request().method(), rc.request().path(),
                rc.failure().getMessage());
        AccountMessages msg = "en".equals(Ui.languageOf(rc.request())) ? english : chinese;
        rc.response().setStatusCode(503).putHeader("Retry-After", RETRY_AFTER_SECONDS)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (rc.request().path().startsWith("/api/")) {
            rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end(new JsonObject().put("type", "about:blank").put("title", "Service Unavailable").put("status", 503)
                            .put("detail", msg.unavailable_text()).encode());
            return;
        }
        String lang = "en".equals(Ui.languageOf(rc.request())) ? "en" : "zh-CN";
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .end("<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>" + msg.unavailable_title() + "</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head>"
                        + "<body><main class=\"container error-page sign-in-unavailable\"><h1>" + msg.unavailable_title() + "</h1><p>"
                        + msg.unavailable_text() + "</p><p><a href=\"/\" role=\"button\">" + msg.home() + "</a></p></main></body></html>\n");
    }

    /** OIDC could not verify the token because its server (or its keys) cannot be reached. */
    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OIDCException || t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }
}
