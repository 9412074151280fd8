package academy;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Pages and progress run against the small fixture course ({@code demo}: modules 01-basics with lessons
 * first and second, 02-advanced with deep, 03-later without lessons; paths beginner and ops), never the
 * shipped lessons, which change while they are written.
 */
public class FixtureContentProfile implements QuarkusTestProfile {

    public static final String COURSE = "demo";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("academy.content.courses-dir", "src/test/resources/fixtures/valid/courses");
        config.put("academy.content.quizzes-dir", "src/test/resources/fixtures/valid/quizzes");
        // One in-memory database per profile: H2 is loaded parent-first, so a database outlives the app that
        // created it, and its compiled check constraints then fail in the next app ("database has been closed").
        config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + getClass().getSimpleName() + ";DB_CLOSE_DELAY=-1");
        return config;
    }
}
