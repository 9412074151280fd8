package academy.grades;

import academy.quiz.PostgresQuizAppProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link GradesFlowTest} on PostgreSQL 15 (a throwaway cluster, schema by Flyway): overrides (extra attempts, time, windows), item analysis and the gradebook. */
@QuarkusTest
@TestProfile(PostgresQuizAppProfile.class)
class PostgresGradesFlowTest extends GradesFlowTest {
}
