package academy.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** With public reading off, only the home page, sign-in and health are open to visitors. */
@QuarkusTest
@TestProfile(PrivateReadingProfile.class)
class PrivateReadingTest {

    @Test
    void homeAndHealthStayOpen() {
        given().get("/").then().statusCode(200).body(containsString("id=\"login\""));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/login").then().statusCode(503);
    }

    @Test
    void everyOtherPageSendsVisitorsToLogin() {
        for (String page : new String[] { "/courses/demo", "/courses/demo/01-basics", "/courses/demo/01-basics/first",
                "/courses/demo/paths/beginner", "/me", "/courses/demo/no-such-module" }) {
            given().redirects().follow(false).get(page).then().statusCode(303)
                    .header("Location", containsString("/login?redirect="));
        }
        given().get("/api/me/progress").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "subject-private", roles = "learner")
    void signedInLearnersReadEverything() {
        given().get("/courses/demo/01-basics/first").then().statusCode(200)
                .body(containsString("id=\"mark-complete\""));
        given().get("/courses/demo/paths/beginner").then().statusCode(200);
    }
}
