package academy.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** ACADEMY_METRICS_ACCESS=permit opens /q/metrics for a scraper on a cluster-internal port. */
@QuarkusTest
@TestProfile(MetricsAccessTest.Open.class)
class MetricsAccessTest {

    public static class Open implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.auth.permission.metrics.policy", "permit",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:MetricsAccessTest;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void metricsArePrometheusWhenPermitted() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
