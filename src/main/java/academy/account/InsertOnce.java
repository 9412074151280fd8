package academy.account;

import java.sql.SQLException;
import java.util.concurrent.Callable;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs "insert unless present" in its own transaction and survives the race where another request
 * inserts the same row first: the unique constraint rejects the loser, which then retries and finds
 * the row. Portable across H2 and PostgreSQL (no MERGE / ON CONFLICT dialects).
 */
public final class InsertOnce {

    private static final int ATTEMPTS = 3;

    private InsertOnce() {
    }

    /**
     * @param work checks for the row(s) and inserts (and flushes) what is missing; returns what it inserted
     * @return what the successful try of {@code work} returned
     */
    public static <T> T run(Callable<T> work) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work);
            } catch (RuntimeException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    /** SQLState class 23 (integrity constraint violation), wherever Hibernate or JTA wrapped it. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
