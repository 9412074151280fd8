package academy.grades;

import java.time.Instant;
import java.util.List;

/**
 * Which limits apply to a learner, as in Moodle: a learner's own overrides beat their classes' overrides; among
 * several overrides of the same level the most lenient value wins (longer time, more attempts, earlier open,
 * later close). Each setting is decided on its own, so a learner override for extra time keeps the class's
 * window. 0 means "no limit" and is the most lenient of all.
 */
public final class OverridePolicy {

    private OverridePolicy() {
    }

    /** One override's values; null = not overridden. */
    public record Setting(Integer timeLimitMinutes, Integer maxAttempts, Instant opensAt, Instant closesAt) {
    }

    /**
     * The limits in force: time limit and attempts null = none.
     *
     * @param opensAt  before this, no attempt may start (null: open)
     * @param closesAt after this, no attempt may start, and open attempts end then (null: never closes)
     */
    public record Limits(Integer timeLimitMinutes, Integer maxAttempts, Instant opensAt, Instant closesAt) {

        public boolean notYetOpen(Instant now) {
            return opensAt != null && now.isBefore(opensAt);
        }

        public boolean closed(Instant now) {
            return closesAt != null && !now.isBefore(closesAt);
        }
    }

    public static Limits effective(Integer quizTimeLimit, Integer quizMaxAttempts, List<Setting> learner, List<Setting> classes) {
        Integer time = pick(learner, classes, Setting::timeLimitMinutes, quizTimeLimit);
        Integer attempts = pick(learner, classes, Setting::maxAttempts, quizMaxAttempts);
        Instant opens = earliest(learner.stream().map(Setting::opensAt).filter(java.util.Objects::nonNull).toList());
        if (opens == null) {
            opens = earliest(classes.stream().map(Setting::opensAt).filter(java.util.Objects::nonNull).toList());
        }
        Instant closes = latest(learner.stream().map(Setting::closesAt).filter(java.util.Objects::nonNull).toList());
        if (closes == null) {
            closes = latest(classes.stream().map(Setting::closesAt).filter(java.util.Objects::nonNull).toList());
        }
        return new Limits(time == null || time == 0 ? null : time, attempts == null || attempts == 0 ? null : attempts, opens, closes);
    }

    /** The learner level if any override of it sets the value, else the class level, else the quiz's own. */
    private static Integer pick(List<Setting> learner, List<Setting> classes, java.util.function.Function<Setting, Integer> field,
            Integer quizValue) {
        Integer fromLearner = lenient(learner.stream().map(field).filter(java.util.Objects::nonNull).toList());
        if (fromLearner != null) {
            return fromLearner;
        }
        Integer fromClass = lenient(classes.stream().map(field).filter(java.util.Objects::nonNull).toList());
        return fromClass != null ? fromClass : quizValue;
    }

    /** 0 (no limit) beats any number; else the largest. */
    static Integer lenient(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.contains(0) ? 0 : values.stream().max(Integer::compare).orElseThrow();
    }

    private static Instant earliest(List<Instant> values) {
        return values.stream().min(Instant::compareTo).orElse(null);
    }

    private static Instant latest(List<Instant> values) {
        return values.stream().max(Instant::compareTo).orElse(null);
    }
}
