package academy.course;

import academy.progress.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link ReaderPagesTest} on PostgreSQL 15 (a throwaway cluster, schema by Flyway): the learner's remembered reader path and position. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresReaderPagesTest extends ReaderPagesTest {
}
