package academy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same progress rules on a real PostgreSQL, with the schema from the Flyway migrations. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresProgressRulesTest extends ProgressRulesContract {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void runsOnPostgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
        }
    }
}
