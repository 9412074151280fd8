package academy.cohort;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import academy.account.InsertOnce;
import academy.account.Learner;
import academy.content.model.Course;
import io.quarkus.logging.Log;

/** Changes to cohorts and assignments. Callers have checked access (see {@link CohortAccess}). */
@ApplicationScoped
public class CohortService {

    /** Raised when an edit was based on an older version of the assignment than the one stored. */
    public static class StaleEditException extends RuntimeException {
        public StaleEditException() {
            super("assignment changed since the form was opened");
        }
    }

    @Transactional
    public Cohort create(String name, String by) {
        Cohort c = new Cohort();
        c.name = name;
        c.createdAt = Instant.now();
        c.createdBy = by;
        c.persist();
        Log.infof("Cohort %d '%s' created by %s", c.id, name, by);
        return c;
    }

    @Transactional
    public void rename(long cohortId, String name) {
        Cohort c = Cohort.findById(cohortId);
        c.name = name;
    }

    /**
     * Adds a member by username. A person who never signed in is added as pending and attached at their
     * first sign-in. Adding someone who is already a member with that role changes nothing.
     *
     * @return false when they already were a member with that role
     */
    public boolean addMember(long cohortId, String username, CohortMember.Role role) {
        Instant now = Instant.now();
        return InsertOnce.run(() -> {
            Optional<Learner> known = Learner.<Learner>find("lower(username) = ?1", username.toLowerCase(Locale.ROOT)).firstResultOptional();
            String subject = known.map(l -> l.subject).orElse(null);
            String slot = CohortMember.slot(cohortId, role, subject, username);
            if (CohortMember.count("openSlot", slot) > 0) {
                return false;
            }
            CohortMember m = new CohortMember();
            m.cohortId = cohortId;
            m.subject = subject;
            m.username = known.map(l -> l.username).orElse(username);
            m.role = role;
            m.source = CohortMember.Source.MANUAL;
            m.joinedAt = now;
            m.openSlot = slot;
            m.persistAndFlush();
            return true;
        });
    }

    /** Ends a membership (history stays). 404 for a membership of another cohort. */
    @Transactional
    public void endMembership(long cohortId, long memberId) {
        CohortMember m = CohortMember.findById(memberId);
        if (m == null || !m.cohortId.equals(cohortId) || !m.open()) {
            throw new NotFoundException();
        }
        m.leave(Instant.now());
    }

    @Transactional
    public Assignment create(long cohortId, Course course, AssignmentForm form, CohortMessages msg, String by) {
        Assignment a = new Assignment();
        if (!form.validate(course, msg, a)) {
            return null;
        }
        a.cohortId = cohortId;
        a.assignedBy = by;
        a.assignedAt = Instant.now();
        a.updatedAt = a.assignedAt;
        a.persist();
        return a;
    }

    /**
     * Applies an edit. The learners' progress is their own record and is not touched; only what the
     * assignment asks for and when changes. A form opened on an older version is refused (no lost update).
     */
    @Transactional
    public boolean update(Assignment stored, Course course, AssignmentForm form, CohortMessages msg) {
        Assignment a = Assignment.findById(stored.id);
        if (!Integer.toString(a.version).equals(form.version)) {
            throw new StaleEditException();
        }
        if (!form.validate(course, msg, a)) {
            return false;
        }
        a.updatedAt = Instant.now();
        try {
            Assignment.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException();
        }
        return true;
    }

    /** Removes an assignment from the schedule; it stays as history, and nobody's progress changes. */
    @Transactional
    public void remove(long cohortId, long assignmentId, String by) {
        Assignment a = Assignment.findById(assignmentId);
        if (a == null || !a.cohortId.equals(cohortId) || a.removed()) {
            throw new NotFoundException();
        }
        a.removedAt = Instant.now();
        a.removedBy = by;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assignment assignment(long cohortId, long assignmentId) {
        Assignment a = Assignment.findById(assignmentId);
        if (a == null || !a.cohortId.equals(cohortId)) {
            throw new NotFoundException();
        }
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assignment> assignments(long cohortId) {
        return Assignment.list("cohortId = ?1 order by assignedAt, id", cohortId);
    }
}
