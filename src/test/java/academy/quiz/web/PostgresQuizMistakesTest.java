package academy.quiz.web;

import academy.quiz.PostgresQuizAppProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link QuizMistakesTest} on PostgreSQL 15 (a throwaway cluster, schema by Flyway): the 错题本 across attempts and dismissals. */
@QuarkusTest
@TestProfile(PostgresQuizAppProfile.class)
class PostgresQuizMistakesTest extends QuizMistakesTest {
}
