package academy.quiz.web;

import academy.quiz.PostgresQuizAppProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link QuizFlowTest} on PostgreSQL 15 (a throwaway cluster, schema by Flyway): start, grade, partial credit, double submissions. */
@QuarkusTest
@TestProfile(PostgresQuizAppProfile.class)
class PostgresQuizFlowTest extends QuizFlowTest {
}
