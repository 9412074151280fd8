package academy.grades;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import academy.cohort.CohortMember;
import academy.quiz.content.Quiz;

/** Stores quiz overrides and answers which limits apply to a learner now ({@link OverridePolicy}). */
@ApplicationScoped
public class QuizOverrides {

    /** The limits for this learner: their own overrides, else their current classes' overrides, else the quiz's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OverridePolicy.Limits limits(String subject, Quiz quiz) {
        List<QuizOverride> all = subject == null ? List.of()
                : QuizOverride.list("quizId = ?1 and cohortId in (select m.cohortId from CohortMember m where m.subject = ?2 "
                        + "and m.role = ?3 and m.leftAt is null) and (subject is null or subject = ?2)",
                        quiz.id(), subject, CohortMember.Role.LEARNER);
        List<OverridePolicy.Setting> learner = all.stream().filter(QuizOverride::forLearner).map(QuizOverride::setting).toList();
        List<OverridePolicy.Setting> classes = all.stream().filter(o -> !o.forLearner()).map(QuizOverride::setting).toList();
        return OverridePolicy.effective(quiz.timeLimitMinutes(), quiz.maxAttempts(), learner, classes);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuizOverride> inCohort(long cohortId) {
        return QuizOverride.list("cohortId = ?1 order by quizId, subject nulls first, id", cohortId);
    }

    @Transactional
    public QuizOverride create(long cohortId, String quizId, String subject, Integer timeLimit, Integer maxAttempts, Instant opens,
            Instant closes, String by) {
        QuizOverride o = new QuizOverride();
        o.cohortId = cohortId;
        o.quizId = quizId;
        o.subject = subject;
        o.timeLimitMinutes = timeLimit;
        o.maxAttempts = maxAttempts;
        o.opensAt = opens;
        o.closesAt = closes;
        o.createdBy = by;
        o.createdAt = Instant.now();
        o.persist();
        return o;
    }

    /** @return false when the cohort has no such override */
    @Transactional
    public boolean delete(long cohortId, long overrideId) {
        return QuizOverride.delete("id = ?1 and cohortId = ?2", overrideId, cohortId) > 0;
    }
}
