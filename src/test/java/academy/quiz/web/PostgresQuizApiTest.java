package academy.quiz.web;

import academy.quiz.PostgresQuizAppProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link QuizApiTest} on PostgreSQL 15 (a throwaway cluster, schema by Flyway): the JSON attempt API and the attempt limit. */
@QuarkusTest
@TestProfile(PostgresQuizAppProfile.class)
class PostgresQuizApiTest extends QuizApiTest {
}
