package academy.cohort;

import java.util.List;

/** Onboarding on its own database, with reminders on and a real SMTP server. */
public class ReminderProfile extends CohortProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RealSmtp.class));
    }
}
