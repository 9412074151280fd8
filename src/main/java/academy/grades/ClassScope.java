package academy.grades;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import academy.cohort.Cohort;
import academy.cohort.CohortAccess;

/**
 * Which learners an instructor page shows, decided by {@link CohortAccess}: a class the caller leads (admins: any),
 * else for admins everyone, else the first class the instructor leads. Another class's id answers 404.
 */
@RequestScoped
public class ClassScope {

    /**
     * @param cohort   the chosen class, or {@code null} for everyone (admins only)
     * @param learners its current learners; {@code null} with {@code cohort == null}
     * @param visible  the classes the caller may choose from
     */
    public record Scope(Cohort cohort, List<ClassData.Learner> learners, List<Cohort> visible) {

        public List<String> subjects() {
            return learners == null ? null : learners.stream().map(ClassData.Learner::subject).toList();
        }

        public Long cohortId() {
            return cohort == null ? null : cohort.id;
        }
    }

    @Inject
    CohortAccess access;

    @Inject
    ClassData data;

    /** Whether the caller may use instructor pages at all (instructors, leads, admins). */
    public boolean mayTeach() {
        return access.mayLead();
    }

    /**
     * @param cohortParam the {@code cohort} (or {@code class}) query value, may be blank
     * @param defaultFirst without a class: non-admins get their first class; with {@code false} they get nothing
     * @return the scope, or {@code null} when a non-admin leads no class (or must name one and did not)
     */
    public Scope resolve(String cohortParam, boolean defaultFirst) {
        List<Cohort> visible = access.visible();
        if (cohortParam != null && !cohortParam.isBlank()) {
            Cohort c = access.lead(parse(cohortParam.strip()));
            return new Scope(c, data.learners(c), visible);
        }
        if (access.admin()) {
            return new Scope(null, null, visible);
        }
        if (!defaultFirst || visible.isEmpty()) {
            return null;
        }
        Cohort first = visible.get(0);
        return new Scope(first, data.learners(first), visible);
    }

    public boolean admin() {
        return access.admin();
    }

    public Cohort lead(String cohortId) {
        return access.lead(parse(cohortId));
    }

    static long parse(String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            throw new NotFoundException();
        }
        return Long.parseLong(id);
    }
}
