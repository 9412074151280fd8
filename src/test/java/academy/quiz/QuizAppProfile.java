package academy.quiz;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs the app on the quiz fixture tree, independent of the shipped course content. */
public class QuizAppProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "academy.content.courses-dir", "src/test/resources/fixtures/quiz-app/courses",
                "academy.content.quizzes-dir", "src/test/resources/fixtures/quiz-app/quizzes",
                // own in-memory database: one shared with another profile's app keeps that app's compiled
                // check constraints, which fail here (see FixtureContentProfile)
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:QuizAppProfile;DB_CLOSE_DELAY=-1");
    }
}
