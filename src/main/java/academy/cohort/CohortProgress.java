package academy.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.content.model.LessonKey;

/**
 * Builds cohort reports from the learners' own progress rows, in bulk: a fixed number of queries per
 * cohort (members, names, completions, visits, attempts), however many learners and items it has.
 */
@ApplicationScoped
public class CohortProgress {

    @Inject
    EntityManager em;

    @Inject
    CourseCatalog catalog;

    @Inject
    CohortConfig config;

    @Inject
    LearnerFactsCache factsCache;

    public ZoneId zone() {
        return config.zone();
    }

    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    /** The plans of the cohort's active assignments whose course still exists. */
    public List<AssignmentPlan> plans(List<Assignment> assignments) {
        List<AssignmentPlan> plans = new ArrayList<>();
        for (Assignment a : assignments) {
            if (!a.removed()) {
                catalog.course(a.courseId).ifPresent(c -> plans.add(new AssignmentPlan(c, a)));
            }
        }
        return plans;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CohortReport report(Cohort cohort) {
        List<Assignment> assignments = Assignment.list("cohortId = ?1 and removedAt is null order by assignedAt, id", cohort.id);
        List<AssignmentPlan> plans = plans(assignments);
        List<CohortMember> members = CohortMember.list("cohortId = ?1 and role = ?2 and leftAt is null order by username",
                cohort.id, CohortMember.Role.LEARNER);
        List<String> subjects = members.stream().map(m -> m.subject).filter(s -> s != null).toList();
        Map<String, String[]> names = names(subjects);
        Map<String, Map<String, LearnerFacts>> factsByCourse = new HashMap<>();
        for (AssignmentPlan p : plans) {
            factsByCourse.computeIfAbsent(p.course().id(), c -> factsOfCohort(c, cohort.id, subjects));
        }
        Instant now = Instant.now();
        List<MemberRow> rows = new ArrayList<>(members.size());
        for (CohortMember m : members) {
            List<Standing> standings = new ArrayList<>(plans.size());
            Instant last = null;
            for (AssignmentPlan p : plans) {
                LearnerFacts f = m.subject == null ? LearnerFacts.NONE
                        : factsByCourse.get(p.course().id()).getOrDefault(m.subject, LearnerFacts.NONE);
                standings.add(Standing.of(p, m.joinedAt.atZone(config.zone()).toLocalDate(), f, now, config.zone()));
                last = later(last, f.lastActivity());
            }
            String[] n = m.subject == null ? null : names.get(m.subject);
            String name = n != null && n[0] != null ? n[0] : m.username;
            rows.add(new MemberRow(m, name, n == null ? null : n[1], List.copyOf(standings), last));
        }
        return new CohortReport(cohort, List.copyOf(plans), List.copyOf(rows), now.atZone(config.zone()).toLocalDate());
    }

    /** One learner's standing on every active assignment of every cohort they are a learner in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MyAssignment> mine(String subject) {
        List<CohortMember> memberships = CohortMember.list("subject = ?1 and role = ?2 order by joinedAt", subject, CohortMember.Role.LEARNER);
        List<MyAssignment> out = new ArrayList<>();
        Map<String, LearnerFacts> factsByCourse = new HashMap<>();
        Instant now = Instant.now();
        for (CohortMember m : memberships) {
            if (!m.open()) {
                continue;
            }
            Cohort cohort = Cohort.findById(m.cohortId);
            for (AssignmentPlan p : plans(Assignment.list("cohortId = ?1 and removedAt is null order by assignedAt, id", m.cohortId))) {
                LearnerFacts f = factsByCourse.computeIfAbsent(p.course().id(),
                        c -> facts(c, List.of(subject)).getOrDefault(subject, LearnerFacts.NONE));
                Standing s = Standing.of(p, m.joinedAt.atZone(config.zone()).toLocalDate(), f, now, config.zone());
                out.add(new MyAssignment(cohort, m, s, assignerName(p.assignment().assignedBy)));
            }
        }
        return out;
    }

    /** One assignment of a cohort the learner is (or was) a learner in; empty otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MyAssignment> mine(String subject, long assignmentId) {
        Assignment a = Assignment.findById(assignmentId);
        if (a == null) {
            return Optional.empty();
        }
        CohortMember m = CohortMember.<CohortMember>find("subject = ?1 and role = ?2 and cohortId = ?3 order by joinedAt desc",
                subject, CohortMember.Role.LEARNER, a.cohortId).firstResult();
        Optional<Course> course = catalog.course(a.courseId);
        if (m == null || course.isEmpty()) {
            return Optional.empty();
        }
        AssignmentPlan p = new AssignmentPlan(course.get(), a);
        LearnerFacts f = facts(a.courseId, List.of(subject)).getOrDefault(subject, LearnerFacts.NONE);
        Standing s = Standing.of(p, m.joinedAt.atZone(config.zone()).toLocalDate(), f, Instant.now(), config.zone());
        return Optional.of(new MyAssignment(Cohort.findById(a.cohortId), m, s, assignerName(a.assignedBy)));
    }

    String assignerName(String subject) {
        Map<String, String[]> n = names(List.of(subject));
        String[] row = n.get(subject);
        return row == null || row[0] == null ? subject : row[0];
    }

    /** subject → {shown name (display name, else username), email}; for cohort reports and class views alike. */
    public Map<String, String[]> names(Collection<String> subjects) {
        Map<String, String[]> out = new HashMap<>();
        if (subjects.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select l.subject, l.username, l.displayName, l.email from Learner l where l.subject in :s", Object[].class)
                .setParameter("s", subjects).getResultList()) {
            out.put((String) r[0], new String[] { r[2] != null ? (String) r[2] : (String) r[1], (String) r[3] });
        }
        return out;
    }

    /** Every listed learner's progress facts in one course: three queries in all (for a few learners). */
    Map<String, LearnerFacts> facts(String courseId, Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        return collect(subjects,
                em.createQuery("select c.subject, c.moduleId, c.lessonSlug, c.completedAt from LessonCompletion c "
                        + "where c.courseId = :c and c.subject in :s", Object[].class)
                        .setParameter("c", courseId).setParameter("s", subjects).getResultList(),
                em.createQuery("select v.subject, v.moduleId, v.lessonSlug, v.lastVisitedAt from LessonVisit v "
                        + "where v.courseId = :c and v.subject in :s", Object[].class)
                        .setParameter("c", courseId).setParameter("s", subjects).getResultList(),
                em.createQuery("select a.subject, a.quizId, a.startedAt, a.finishedAt, a.scorePercent, a.passed from QuizAttempt a "
                        + "where a.courseId = :c and a.subject in :s", Object[].class)
                        .setParameter("c", courseId).setParameter("s", subjects).getResultList());
    }

    /**
     * The facts of a cohort's current learners. Each learner's facts are kept (in the {@code learner-facts}
     * cache) under their progress stamp, which every progress change increments in its own transaction; one
     * query reads the members' stamps, and only learners whose stamp moved since are loaded again. The stamp is
     * read before the facts, so what is kept is never older than the stamp it is kept under.
     */
    Map<String, LearnerFacts> factsOfCohort(String courseId, long cohortId, Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> stamps = new HashMap<>();
        for (Object[] r : em.createQuery("select m.subject, l.progressStamp from CohortMember m, Learner l where m.cohortId = :k"
                + " and m.role = :r and m.leftAt is null and l.subject = m.subject", Object[].class)
                .setParameter("k", cohortId).setParameter("r", CohortMember.Role.LEARNER).getResultList()) {
            stamps.put((String) r[0], (Long) r[1]);
        }
        Map<String, LearnerFacts> out = new HashMap<>();
        List<String> stale = new ArrayList<>();
        for (String s : subjects) {
            Long stamp = stamps.get(s);
            LearnerFacts kept = stamp == null ? null : factsCache.kept(s, courseId, stamp);
            if (kept != null) {
                out.put(s, kept);
            } else {
                stale.add(s);
            }
        }
        if (!stale.isEmpty()) {
            // many to load: one pass over the cohort's rows; a few: an index lookup per learner
            Map<String, LearnerFacts> loaded = stale.size() > 64 ? loadFactsOfCohort(courseId, cohortId, subjects) : facts(courseId, stale);
            for (String s : stale) {
                LearnerFacts f = loaded.getOrDefault(s, LearnerFacts.NONE);
                out.put(s, f);
                Long stamp = stamps.get(s);
                if (stamp != null) {
                    factsCache.keep(s, courseId, stamp, f);
                }
            }
        }
        return out;
    }

    /**
     * The facts of all the cohort's current learners, joined on their memberships: each learner's rows are found
     * through the subject index, where an IN list of hundreds of ids made H2 compare every row with every id.
     */
    Map<String, LearnerFacts> loadFactsOfCohort(String courseId, long cohortId, Collection<String> subjects) {
        String members = " from CohortMember m, %s x where m.cohortId = :k and m.role = :r and m.leftAt is null"
                + " and x.subject = m.subject and x.courseId = :c";
        return collect(subjects,
                em.createQuery("select x.subject, x.moduleId, x.lessonSlug, x.completedAt" + members.formatted("LessonCompletion"), Object[].class)
                        .setParameter("k", cohortId).setParameter("r", CohortMember.Role.LEARNER).setParameter("c", courseId).getResultList(),
                em.createQuery("select x.subject, x.moduleId, x.lessonSlug, x.lastVisitedAt" + members.formatted("LessonVisit"), Object[].class)
                        .setParameter("k", cohortId).setParameter("r", CohortMember.Role.LEARNER).setParameter("c", courseId).getResultList(),
                em.createQuery("select x.subject, x.quizId, x.startedAt, x.finishedAt, x.scorePercent, x.passed" + members.formatted("QuizAttempt"),
                        Object[].class)
                        .setParameter("k", cohortId).setParameter("r", CohortMember.Role.LEARNER).setParameter("c", courseId).getResultList());
    }

    private static Map<String, LearnerFacts> collect(Collection<String> subjects, List<Object[]> completions, List<Object[]> visits,
            List<Object[]> attemptRows) {
        Map<String, Map<LessonKey, Instant>> completed = new HashMap<>();
        Map<String, Map<LessonKey, Instant>> visited = new HashMap<>();
        Map<String, Map<String, List<LearnerFacts.Attempt>>> attempts = new HashMap<>();
        Map<String, Instant> last = new HashMap<>();
        for (Object[] r : completions) {
            completed.computeIfAbsent((String) r[0], k -> new HashMap<>()).put(new LessonKey((String) r[1], (String) r[2]), (Instant) r[3]);
            last.merge((String) r[0], (Instant) r[3], CohortProgress::later);
        }
        for (Object[] r : visits) {
            visited.computeIfAbsent((String) r[0], k -> new HashMap<>()).put(new LessonKey((String) r[1], (String) r[2]), (Instant) r[3]);
            last.merge((String) r[0], (Instant) r[3], CohortProgress::later);
        }
        for (Object[] r : attemptRows) {
            Instant finished = (Instant) r[3];
            attempts.computeIfAbsent((String) r[0], k -> new HashMap<>()).computeIfAbsent((String) r[1], k -> new ArrayList<>())
                    .add(new LearnerFacts.Attempt((Instant) r[2], finished, (Integer) r[4], Boolean.TRUE.equals(r[5])));
            last.merge((String) r[0], finished != null ? finished : (Instant) r[2], CohortProgress::later);
        }
        Map<String, LearnerFacts> out = new HashMap<>();
        for (String s : subjects) {
            out.put(s, new LearnerFacts(completed.getOrDefault(s, Map.of()), visited.getOrDefault(s, Map.of()),
                    attempts.getOrDefault(s, Map.of()), last.get(s)));
        }
        return out;
    }

    static Instant later(Instant a, Instant b) {
        return a == null ? b : (b == null || a.isAfter(b) ? a : b);
    }
}
