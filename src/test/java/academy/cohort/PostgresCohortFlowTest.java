package academy.cohort;

import academy.progress.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link CohortFlowTest} on PostgreSQL 15 (a throwaway cluster, schema by Flyway): membership sync from groups claims, assignments, the matrix and its exports, access rules. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresCohortFlowTest extends CohortFlowTest {
}
