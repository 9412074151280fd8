package academy.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import io.quarkus.logging.Log;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.SecurityIdentity;

/** Creates the learner row on first sign-in and refreshes it from the token claims on later ones. */
@ApplicationScoped
public class LearnerService {

    /** Most subjects remembered as {@link #complete}; beyond it the set starts again. */
    static final int KNOWN_MAX = 100_000;

    /**
     * Subjects whose row this instance has seen committed with a display name. {@link #ensure} runs on every signed-in
     * page and progress write; for these it has nothing to do, so it skips its own transaction and lookup.
     */
    private final java.util.Set<String> complete = java.util.concurrent.ConcurrentHashMap.newKeySet();


    /** Quarkus OIDC fires this after a completed code flow: the one moment a login happens. */
    void onLogin(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() == SecurityEvent.Type.OIDC_LOGIN && event.getSecurityIdentity() != null) {
            SecurityIdentity identity = event.getSecurityIdentity();
            recordLogin(CurrentLearner.profileOf(identity));
        }
    }

    /** Creates or updates the row of a learner who just signed in. */
    public void recordLogin(LearnerProfile profile) {
        Instant now = Instant.now();
        InsertOnce.run(() -> {
            Learner learner = Learner.findById(profile.subject());
            if (learner == null) {
                learner = new Learner();
                learner.subject = profile.subject();
                learner.createdAt = now;
                apply(learner, profile);
                learner.lastLoginAt = now;
                learner.persistAndFlush();
                Log.infof("New learner %s (%s)", profile.subject(), profile.username());
                return true;
            }
            apply(learner, profile);
            learner.lastLoginAt = now;
            return false;
        });
    }

    /**
     * Makes sure a row exists before progress refers to it: bearer-token callers and sessions started
     * before the row existed never went through {@link #recordLogin}.
     */
    public void ensure(LearnerProfile profile) {
        if (complete.contains(profile.subject())) {
            return; // committed earlier with its display name: rows are never deleted, nothing left to do
        }
        boolean named = InsertOnce.run(() -> {
            Learner learner = Learner.findById(profile.subject());
            if (learner != null) {
                if (learner.displayName == null && profile.displayName() != null) {
                    apply(learner, profile);
                }
                return learner.displayName != null;
            }
            learner = new Learner();
            learner.subject = profile.subject();
            apply(learner, profile);
            learner.createdAt = Instant.now();
            learner.lastLoginAt = learner.createdAt;
            learner.persistAndFlush();
            return learner.displayName != null;
        });
        if (named) {
            if (complete.size() >= KNOWN_MAX) {
                complete.clear(); // bounded: at worst the next calls look the rows up again
            }
            complete.add(profile.subject());
        }
    }

    public Optional<Learner> find(String subject) {
        return Learner.findByIdOptional(subject);
    }

    private static void apply(Learner learner, LearnerProfile profile) {
        // Keep what we know when a token lacks a claim (e.g. a bearer token without the profile scope).
        learner.username = firstNonNull(truncate(profile.username(), 255), learner.username);
        learner.displayName = firstNonNull(truncate(profile.displayName(), 255), learner.displayName);
        learner.email = firstNonNull(truncate(profile.email(), 320), learner.email);
    }

    private static String firstNonNull(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
