package academy.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import academy.FixtureContentProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@link LearnerService#ensure} runs on every signed-in page; it remembers a subject only once the row is committed
 * with a display name, so a first call without one (a bearer token without the profile scope, a quiz event) does not
 * stop a later call from filling it in, and after that no lookup is made.
 */
@QuarkusTest
@TestProfile(FixtureContentProfile.class)
class LearnerRowCacheTest {

    @Inject
    LearnerService learners;

    @Test
    void aRowIsRememberedOnlyOnceItHasItsDisplayName() {
        String subject = "row-cache-" + System.nanoTime();
        learners.ensure(new LearnerProfile(subject, null, null, null));
        assertNull(displayName(subject), "created without a name");

        learners.ensure(new LearnerProfile(subject, "rc", "Row Cache", null));
        assertEquals("Row Cache", displayName(subject), "the first call did not stop the name from being filled in");

        // remembered now: a row changed behind the instance's back is not looked up again
        QuarkusTransaction.requiringNew().run(() -> Learner.update("displayName = null where subject = ?1", subject));
        learners.ensure(new LearnerProfile(subject, "rc", "Another Name", null));
        assertNull(displayName(subject), "ensure skipped its lookup for a remembered subject");
    }

    private static String displayName(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> Learner.<Learner>findById(subject).displayName);
    }
}
