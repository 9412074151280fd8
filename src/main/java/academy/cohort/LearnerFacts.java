package academy.cohort;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import academy.content.model.LessonKey;

/**
 * What a learner has done in one course, as loaded from their own progress rows: the facts the schedule
 * rules judge. Immutable; built in bulk for a whole cohort by {@link CohortProgress}.
 */
public record LearnerFacts(Map<LessonKey, Instant> completed, Map<LessonKey, Instant> visited,
        Map<String, List<Attempt>> attempts, Instant lastActivity) {

    public static final LearnerFacts NONE = new LearnerFacts(Map.of(), Map.of(), Map.of(), null);

    /** A quiz attempt; {@code finishedAt} is null while it is open. */
    public record Attempt(Instant startedAt, Instant finishedAt, Integer scorePercent, boolean passed) {
    }

    public List<Attempt> attempts(String quizId) {
        return quizId == null ? List.of() : attempts.getOrDefault(quizId, List.of());
    }
}
