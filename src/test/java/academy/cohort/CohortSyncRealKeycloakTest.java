package academy.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.net.URL;

import org.junit.jupiter.api.Test;

import academy.account.RealKeycloakProfile;
import academy.devtools.KeycloakServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Cohorts from the real Keycloak: the demo realm's group-membership mapper puts the full group paths into
 * the tokens, and the app reconciles memberships from them. Bearer tokens of the same realm reach the
 * cohort API under the same rules as the pages.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class CohortSyncRealKeycloakTest {

    @TestHTTPResource("/")
    URL root;

    static String token(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", KeycloakServer.CLIENT_ID)
                .formParam("client_secret", KeycloakServer.DEV_CLIENT_SECRET).formParam("username", user)
                .formParam("password", user).formParam("scope", "openid")
                .post(KeycloakServer.REALM_URL + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    @Test
    void groupsInRealTokensBecomeCohortsLeadsAndLearners() {
        String base = "http://127.0.0.1:" + root.getPort();
        String learner = token("learner");
        String wang = token("wang");
        String instructor = token("instructor");

        // learners see no cohort data, but their first call reconciles them into the demo cohort
        given().auth().oauth2(learner).get(base + "/api/cohorts").then().statusCode(403);
        given().auth().oauth2(wang).get(base + "/api/cohorts").then().statusCode(403);

        given().auth().oauth2(instructor).get(base + "/api/cohorts").then().statusCode(200)
                .body("name", equalTo(java.util.List.of("2026-q4")))
                .body("[0].groupPath", equalTo("/onboarding/2026-q4"))
                .body("[0].learners", equalTo(2));
        long id = QuarkusTransaction.requiringNew().call(() -> Cohort.<Cohort>find("groupPath", "/onboarding/2026-q4").firstResult().id);
        given().auth().oauth2(instructor).get(base + "/api/cohorts/" + id + "/progress").then().statusCode(200)
                .body("learners.username", containsInAnyOrder("learner", "wang"))
                .body("learners.name", hasItems("Lin Learner", "王 小明"));
        given().auth().oauth2(learner).get(base + "/api/cohorts/" + id + "/progress").then().statusCode(404);

        // the admin leads another demo cohort and sees every cohort
        String admin = token("admin");
        given().auth().oauth2(admin).get(base + "/api/cohorts").then().statusCode(200)
                .body("name", hasItems("2026-q4", "2027-q1"));
        given().auth().oauth2(instructor).get(base + "/api/cohorts").then().statusCode(200).body("name", not(hasItem("2027-q1")));
        given().auth().oauth2(instructor).get(base + "/api/cohorts/" + QuarkusTransaction.requiringNew().call(
                () -> Cohort.<Cohort>find("groupPath", "/onboarding/2027-q1").firstResult().id) + "/progress").then().statusCode(404);
    }
}
