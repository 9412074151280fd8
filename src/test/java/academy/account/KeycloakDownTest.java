package academy.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Keycloak unreachable: the app still starts, reading works, and login explains itself at once. */
@QuarkusTest
@TestProfile(KeycloakDownProfile.class)
class KeycloakDownTest {

    @Test
    void publicPagesKeepWorking() {
        for (String page : new String[] { "/", "/courses/demo", "/courses/demo/01-basics/first", "/courses/demo/paths/ops" }) {
            given().get(page).then().statusCode(200).time(lessThan(3000L))
                    .body(containsString("id=\"login\""));
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void loginShowsSignInUnavailableInsteadOfAStackTraceOrAHang() {
        given().redirects().follow(false).get("/login?redirect=/courses/demo").then().statusCode(503)
                .time(lessThan(5000L))
                .body(containsString("暂时无法登录"))
                .body(not(containsString("Exception")));
        given().header("Accept-Language", "en").redirects().follow(false).get("/login").then().statusCode(503)
                .body(containsString("Sign-in is unavailable"));
    }

    @Test
    void continueReadingNeverLeadsBackToTheSignInPage() {
        // /me needs a learner: "continue reading" would loop through /me back here, so it goes home
        given().redirects().follow(false).get("/login?redirect=/me").then().statusCode(503)
                .body(containsString("<a href=\"/\" role=\"button\" class=\"secondary\">"));
        given().redirects().follow(false).get("/login?redirect=/courses/demo/01-basics/first/quiz").then().statusCode(503)
                .body(containsString("<a href=\"/\" role=\"button\" class=\"secondary\">"));
        given().redirects().follow(false).get("/login?redirect=/courses/demo/01-basics/first").then().statusCode(503)
                .body(containsString("<a href=\"/courses/demo/01-basics/first\" role=\"button\" class=\"secondary\">"));
    }

    @Test
    void pagesThatNeedALearnerLeadToTheSameClearPage() {
        given().redirects().follow(false).get("/me").then().statusCode(303)
                .header("Location", containsString("/login?redirect=%2Fme"));
        given().get("/api/me/progress").then().statusCode(401);
    }

    @Test
    void aTokenThatCannotBeCheckedWhileKeycloakIsDownGets503NotA500() {
        String token = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJsZWFybmVyIn0.c2lnbmF0dXJl";
        given().auth().oauth2(token).get("/api/me/progress").then().statusCode(503)
                .header("Retry-After", "30")
                .contentType(containsString("application/problem+json"))
                .body("status", org.hamcrest.Matchers.equalTo(503))
                .body("detail", containsString("无法连接"))
                .body(not(containsString("Exception")));
        given().auth().oauth2(token).header("Accept-Language", "en").get("/api/cohorts").then().statusCode(503)
                .body("detail", containsString("cannot be reached"));
        given().auth().oauth2(token).get("/me").then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("暂时无法登录"))
                .body(not(containsString("OIDC")));
    }
}
