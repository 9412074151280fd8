package academy.progress;

import academy.FixtureContentProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The progress rules on the default database (H2). */
@QuarkusTest
@TestProfile(FixtureContentProfile.class)
class ProgressRulesTest extends ProgressRulesContract {
}
