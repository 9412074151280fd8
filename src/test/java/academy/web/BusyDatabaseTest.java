package academy.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import academy.FixtureContentProfile;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * When no database connection comes free within the pool's wait (overload: 200 learners on 20 connections in the
 * benchmark), pages and the API answer 503 with Retry-After and a localized message, not 500; and work again once
 * a connection is free.
 */
@QuarkusTest
@TestProfile(BusyDatabaseTest.OneConnection.class)
class BusyDatabaseTest {

    public static class OneConnection extends FixtureContentProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("quarkus.datasource.jdbc.max-size", "2"); // Flyway needs two at startup
            config.put("quarkus.datasource.jdbc.min-size", "0");
            config.put("quarkus.datasource.jdbc.acquisition-timeout", "PT0.5S");
            return config;
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    @TestSecurity(user = "busy-learner", roles = "learner")
    void noFreeConnectionIs503WithRetryAfter() throws Exception {
        given().get("/api/me/attempts").then().statusCode(200);
        try (Connection one = dataSource.getConnection(); Connection two = dataSource.getConnection()) { // the whole pool
            one.isValid(1);
            two.isValid(1);
            given().get("/api/me/attempts").then().statusCode(503).header("Retry-After", "2")
                    .contentType(containsString("application/problem+json"))
                    .body("status", equalTo(503)).body("detail", equalTo("服务器正忙，请 2 秒后重试。"));
            given().header("Accept-Language", "en").get("/api/me/attempts").then().statusCode(503)
                    .body("detail", equalTo("The server is busy. Please try again in 2 seconds."));
            given().get("/me").then().statusCode(503).header("Retry-After", "2")
                    .contentType(containsString("text/html")).body(containsString("服务器正忙"));
        }
        given().get("/api/me/attempts").then().statusCode(200);
    }
}
