package academy.progress;

import java.util.List;
import java.util.Map;

import academy.FixtureContentProfile;

/**
 * The production database for the tests on the fixture course (progress, quiz durability, review cards, cohorts,
 * reader path: all in one app start): {@code quarkus.datasource.db-kind} is fixed at build time, which a test
 * profile may override (Quarkus re-augments the app for it); the URL points at a throwaway cluster.
 */
public class PostgresProfile extends FixtureContentProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = super.getConfigOverrides();
        config.put("quarkus.datasource.db-kind", "postgresql");
        config.remove("quarkus.datasource.jdbc.url"); // set by ThrowawayPostgres
        // as CohortProfile: the reminder jobs run only when a test calls them
        config.put("academy.reminders.cron", "off");
        config.put("academy.reminders.digest-cron", "off");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ThrowawayPostgres.class));
    }
}
