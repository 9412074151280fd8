package academy.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import academy.quiz.QuizAppProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Readiness fails when the database stops taking the probe's write, and recovers with it. */
@QuarkusTest
@TestProfile(QuizAppProfile.class)
class DatabaseWritableCheckTest {

    @Inject
    EntityManager em;

    @Test
    void readinessFollowsTheDatabasesAbilityToWrite() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'database writable' }.status", equalTo("UP"));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM health_probe").executeUpdate());
        try {
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'database writable' }.status", equalTo("DOWN"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("INSERT INTO health_probe (id, checked_at) VALUES (1, CURRENT_TIMESTAMP)").executeUpdate());
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
