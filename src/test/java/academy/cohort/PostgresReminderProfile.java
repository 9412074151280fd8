package academy.cohort;

import java.util.List;

import academy.progress.PostgresProfile;
import academy.progress.ThrowawayPostgres;

/**
 * {@link ReminderProfile} on PostgreSQL: a database of its own (the reminder test counts every e-mail due, so
 * the cohorts of other tests must not be in it) and a real SMTP server.
 */
public class PostgresReminderProfile extends PostgresProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ThrowawayPostgres.class), new TestResourceEntry(RealSmtp.class));
    }
}
