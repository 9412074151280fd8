package academy.cohort;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link RemindersTest} on PostgreSQL 15 (a throwaway cluster, schema by Flyway): the reminder claim, each e-mail once, also with two runs at once. */
@QuarkusTest
@TestProfile(PostgresReminderProfile.class)
class PostgresRemindersTest extends RemindersTest {
}
