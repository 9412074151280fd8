package academy.cohort;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import academy.account.CurrentLearner;
import academy.account.LearnerProfile;
import academy.account.LearnerService;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may see which cohort, decided on the server for every request: admins see all cohorts, a lead sees
 * the cohorts they lead now, nobody else sees any. A cohort the caller may not see answers 404, exactly
 * like one that does not exist, so ids reveal nothing.
 */
@RequestScoped
public class CohortAccess {

    @Inject
    CurrentLearner account;

    @Inject
    SecurityIdentity identity;

    @Inject
    LearnerService learners;

    @Inject
    CohortSync sync;

    private boolean synced;

    private Boolean mayLead; // per request: the lesson page asks for heat marks and for the layout's links

    /** The signed-in user, with their row present and their group memberships reconciled. */
    public LearnerProfile user() {
        LearnerProfile me = account.require();
        if (!synced) {
            learners.ensure(me);
            sync.ensureSynced(identity);
            synced = true;
        }
        return me;
    }

    public boolean admin() {
        return account.admin();
    }

    /** The cohorts the user leads (admins: all), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cohort> visible() {
        LearnerProfile me = user();
        if (admin()) {
            return Cohort.list("order by name, id");
        }
        return Cohort.list("id in (select m.cohortId from CohortMember m where m.subject = ?1 and m.role = ?2 and m.leftAt is null) order by name, id",
                me.subject(), CohortMember.Role.LEAD);
    }

    /** Whether the user may use the lead pages at all: admins, instructors and anyone who leads a cohort now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayLead() {
        LearnerProfile me = user();
        if (mayLead == null) {
            // an existence check through a plain select: Panache's count() translates its query anew on every call
            // (Hibernate does not cache count-query plans), which was the lesson page's single largest cost in a profile
            mayLead = account.instructor() || CohortMember.find("select m.id from CohortMember m where m.subject = ?1 and m.role = ?2 and m.leftAt is null",
                    me.subject(), CohortMember.Role.LEAD).project(Long.class).firstResultOptional().isPresent();
        }
        return mayLead;
    }

    /** The cohort if the user may lead it; 404 otherwise (unknown and foreign ids look the same). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cohort lead(Long cohortId) {
        LearnerProfile me = user();
        Cohort cohort = cohortId == null ? null : Cohort.findById(cohortId);
        if (cohort == null) {
            throw new NotFoundException();
        }
        if (admin() || CohortMember.count("cohortId = ?1 and subject = ?2 and role = ?3 and leftAt is null", cohortId,
                me.subject(), CohortMember.Role.LEAD) > 0) {
            return cohort;
        }
        throw new NotFoundException();
    }

    /** Admin-only actions: 404 for everyone else (the action does not exist for them). */
    public void requireAdmin() {
        user();
        if (!admin()) {
            throw new NotFoundException();
        }
    }
}
