package academy.quiz;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs the app on the quiz fixture tree, independent of the shipped course content. */
public class QuizAppProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "academy.content.courses-dir", "src/test/resources/fixtures/quiz-app/courses",
                "academy.content.quizzes-dir", "src/test/resources/fixtures/quiz-app/quizzes");
    }
}
