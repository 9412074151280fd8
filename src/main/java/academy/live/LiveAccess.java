package academy.live;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import academy.cohort.Cohort;
import academy.cohort.CohortAccess;

/**
 * Who may do what with a session: its class's leads (and admins) run it; learners who joined it with its code
 * take part. Anything else — another class's session, an unknown id, a session not joined — answers 404.
 */
@RequestScoped
public class LiveAccess {

    @Inject
    CohortAccess cohorts;

    @Inject
    academy.account.CurrentLearner account;

    /** The signed-in user, their class memberships reconciled with their token first (joining, hosting). */
    public String subject() {
        return cohorts.user().subject();
    }

    /**
     * The signed-in user without the reconciliation: taking part needs only the participant row made when they
     * joined, so the requests of a running session (answers, panels, streams) stay cheap.
     */
    public String me() {
        return account.require().subject();
    }

    /** The session, if the caller leads its class (or is an admin). */
    @Transactional
    public LiveSession hosted(String id) {
        LiveSession s = find(id);
        cohorts.lead(s.cohortId); // 404 for anyone else
        return s;
    }

    /** The session, if the caller joined it. */
    @Transactional
    public LiveSession joined(String id) {
        LiveSession s = find(id);
        if (!LiveSessions.participant(s.id, me())) {
            throw new NotFoundException();
        }
        return s;
    }

    /** Whether the caller may host this session (without throwing). */
    @Transactional
    public boolean mayHost(LiveSession s) {
        try {
            cohorts.lead(s.cohortId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    public Cohort lead(long cohortId) {
        return cohorts.lead(cohortId);
    }

    public java.util.List<Cohort> classes() {
        return cohorts.visible();
    }

    static LiveSession find(String id) {
        LiveSession s = LiveSession.findById(parseId(id));
        if (s == null) {
            throw new NotFoundException();
        }
        return s;
    }

    static long parseId(String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            throw new NotFoundException();
        }
        return Long.parseLong(id);
    }
}
