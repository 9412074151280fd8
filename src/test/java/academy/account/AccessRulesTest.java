package academy.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import academy.FixtureContentProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** Who may see what with public reading on (the default), and what the header shows to whom. */
@QuarkusTest
@TestProfile(FixtureContentProfile.class)
class AccessRulesTest {

    @Test
    void visitorsReadLessonsAndAreInvitedToLogIn() {
        given().get("/courses/demo/01-basics/first").then().statusCode(200)
                .body(containsString("第一课"))
                .body(containsString("登录后可记录学习进度"))
                .body(containsString("href=\"/login?redirect=%2Fcourses%2Fdemo%2F01-basics%2Ffirst\""))
                .body(not(containsString("id=\"mark-complete\"")))
                .body(not(containsString("id=\"nav-me\"")));
    }

    @Test
    void aModuleWithoutLessonsSaysSoHonestly() {
        given().get("/courses/demo/03-later").then().statusCode(200)
                .body(containsString("即将推出"))
                .body(not(containsString("data-lesson=")));
    }

    @Test
    void dashboardSendsVisitorsToLoginAndBack() {
        given().redirects().follow(false).get("/me").then().statusCode(303)
                .header("Location", containsString("/login?redirect=%2Fme"));
    }

    @Test
    void apiAnswers401ProblemJsonWithoutCredentials() {
        given().get("/api/me/progress").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
    }

    @Test
    void progressActionsNeedALearner() {
        // anonymous reading pages carry no form; a valid token pair comes from any page rendered for this visitor
        String token = given().get("/courses/demo/01-basics/first?from=test").then().statusCode(200).extract().cookie("academy-csrf");
        given().redirects().follow(false).cookie("academy-csrf", token).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("course", "demo").formParam("module", "01-basics").formParam("lesson", "first")
                .post("/me/complete").then().statusCode(303).header("Location", containsString("/login?redirect="));
    }

    @Test
    void progressFormsWithoutCsrfTokenAreRejected() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("course", "demo").formParam("module", "01-basics").formParam("lesson", "first")
                .post("/me/complete").then().statusCode(400);
    }

    @Test
    void loginWithoutReachableKeycloakShowsAClearPageInTheUsersLanguage() {
        given().get("/login?redirect=/courses/demo").then().statusCode(503)
                .header("Retry-After", "30")
                .body(containsString("暂时无法登录"))
                .body(containsString("href=\"/courses/demo\""))
                .body(not(containsString("Exception")));
        given().header("Accept-Language", "en").get("/login").then().statusCode(503)
                .body(containsString("Sign-in is unavailable"));
    }

    @Test
    @TestSecurity(user = "subject-header", roles = "learner")
    void signedInLearnerSeesNameDashboardLinkAndLogout() {
        given().get("/").then().statusCode(200)
                .body(containsString("id=\"nav-me\""))
                .body(containsString("id=\"account-name\""))
                .body(containsString("subject-header"))
                .body(containsString("role-learner"))
                .body(containsString("href=\"/logout\""))
                .body(not(containsString("id=\"login\"")))
                .body(not(containsString("/admin/academy/console/")));
    }

    @Test
    @TestSecurity(user = "subject-admin", roles = { "learner", "instructor", "admin" })
    void adminsGetTheAdminConsoleLink() {
        given().get("/").then().statusCode(200)
                .body(containsString("href=\"http://localhost:8180/admin/academy/console/\""))
                .body(containsString("role-admin"))
                .body(containsString("role-instructor"));
    }

    @Test
    @TestSecurity(user = "subject-redirect", roles = "learner")
    void loginReturnsOnlyToLocalPaths() {
        given().redirects().follow(false).get("/login?redirect=/courses/demo/paths/beginner").then()
                .statusCode(303).header("Location", containsString("/courses/demo/paths/beginner"));
        given().redirects().follow(false).get("/login?redirect=https://evil.example/").then()
                .statusCode(303).header("Location", not(containsString("evil")));
        given().redirects().follow(false).get("/login?redirect=//evil.example/x").then()
                .statusCode(303).header("Location", not(containsString("evil")));
        given().redirects().follow(false).get("/login/start?redirect=https://evil.example/").then()
                .statusCode(303).header("Location", not(containsString("evil")));
    }
}
