package academy.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness that proves the database takes writes: one committed update of a constrained row.
 * A pool that still hands out connections to a database that rejects every insert reports DOWN,
 * so a load balancer stops sending learners whose answers would be lost.
 */
@Readiness
@ApplicationScoped
public class DatabaseWritableCheck implements HealthCheck {

    @Inject
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement("UPDATE health_probe SET checked_at = ? WHERE id = 1")) {
                update.setQueryTimeout(5);
                update.setTimestamp(1, Timestamp.from(Instant.now()));
                int rows = update.executeUpdate();
                c.commit();
                if (rows != 1) {
                    return HealthCheckResponse.named("database writable").down().withData("error", "probe row missing").build();
                }
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            return HealthCheckResponse.up("database writable");
        } catch (SQLException e) {
            return HealthCheckResponse.named("database writable").down()
                    .withData("error", String.valueOf(e.getSQLState()) + " " + firstLine(e.getMessage())).build();
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
