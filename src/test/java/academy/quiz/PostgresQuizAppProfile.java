package academy.quiz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import academy.progress.ThrowawayPostgres;

/**
 * The quiz-app fixture (quiz pages, mistakes, attempt API, gradebook and overrides) on PostgreSQL 15: db-kind is a
 * build-time property, which a test profile may override (Quarkus re-augments for it); one app start for all of them.
 */
public class PostgresQuizAppProfile extends QuizAppProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("quarkus.datasource.db-kind", "postgresql");
        config.remove("quarkus.datasource.jdbc.url"); // set by ThrowawayPostgres
        // as GradesProfile: the reminder jobs never run here
        config.put("academy.reminders.cron", "off");
        config.put("academy.reminders.digest-cron", "off");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ThrowawayPostgres.class));
    }
}
