package academy.cohort;

import java.util.HashMap;
import java.util.Map;

import academy.FixtureContentProfile;

/** The fixture course on its own in-memory database, for the onboarding tests. */
public class CohortProfile extends FixtureContentProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + getClass().getSimpleName() + ";DB_CLOSE_DELAY=-1");
        config.put("academy.reminders.cron", "off");
        config.put("academy.reminders.digest-cron", "off");
        return config;
    }
}
