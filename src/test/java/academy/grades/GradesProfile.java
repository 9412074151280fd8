package academy.grades;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The quiz fixture tree (lesson quizzes first and second, the 01-basics exam) on its own database. */
public class GradesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "academy.content.courses-dir", "src/test/resources/fixtures/quiz-app/courses",
                "academy.content.quizzes-dir", "src/test/resources/fixtures/quiz-app/quizzes",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:GradesProfile;DB_CLOSE_DELAY=-1",
                "academy.reminders.cron", "off",
                "academy.reminders.digest-cron", "off");
    }
}
