package academy.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which failures count as "the connection pool is exhausted" (503 with Retry-After) rather than a bug (500). */
class PoolExhaustedTest {

    @Test
    void agroalsAcquisitionTimeoutAnywhereInTheChainIsABusyServer() {
        SQLException agroal = new SQLException("Sorry, acquisition timeout!");
        assertTrue(ErrorPages.noConnectionFree(new RuntimeException("Unable to acquire JDBC Connection", agroal)));
        assertTrue(ErrorPages.noConnectionFree(new IllegalStateException(new RuntimeException(agroal))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(ErrorPages.noConnectionFree(new RuntimeException(new SQLException("unique constraint violated", "23505"))));
        assertFalse(ErrorPages.noConnectionFree(new RuntimeException("acquisition timeout"))); // not from the driver
        assertFalse(ErrorPages.noConnectionFree(new NullPointerException()));
    }
}
