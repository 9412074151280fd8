package academy.cohort;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import academy.progress.Ratio;

/**
 * One learner's standing on one assignment: every item's state, the share done, and whether they are on
 * track. The rules (documented in docs/onboarding.md):
 * <ul>
 * <li>an item is <b>done</b> when its rule holds: the lesson was completed; the lesson quiz was passed; the
 * module exam was passed with at least the minimum score. Done is done even after the due date;</li>
 * <li>otherwise it is <b>overdue</b> after its due date, <b>in progress</b> once the learner opened the
 * lesson or started the quiz, else <b>not started</b>; it is <b>due soon</b> within
 * {@value #DUE_SOON_DAYS} days of its due date;</li>
 * <li>a learner is <b>at risk</b> when an item is overdue (behind the schedule) or when nothing happened for
 * {@value #INACTIVE_DAYS} days since their last activity or their own start, whichever is later, while
 * items remain.</li>
 * </ul>
 */
public record Standing(AssignmentPlan plan, LocalDate learnerStart, List<ItemProgress> items, Instant lastActivity,
        boolean behind, boolean inactive) {

    public static final int DUE_SOON_DAYS = 3;
    public static final int INACTIVE_DAYS = 7;

    public static Standing of(AssignmentPlan plan, LocalDate joined, LearnerFacts facts, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate start = plan.learnerStart(joined);
        List<ItemProgress> items = new ArrayList<>(plan.items().size());
        for (PlanItem item : plan.items()) {
            items.add(judge(item, plan.due(item.moduleId(), start), facts, today));
        }
        boolean behind = items.stream().anyMatch(ItemProgress::overdue);
        boolean complete = items.stream().allMatch(ItemProgress::done);
        Instant since = CohortProgress.later(facts.lastActivity(), start.atStartOfDay(zone).toInstant());
        boolean inactive = !complete && !start.isAfter(today)
                && Duration.between(since, now).compareTo(Duration.ofDays(INACTIVE_DAYS)) > 0;
        return new Standing(plan, start, List.copyOf(items), facts.lastActivity(), behind, inactive);
    }

    static ItemProgress judge(PlanItem item, LocalDate due, LearnerFacts facts, LocalDate today) {
        Instant doneAt = null;
        Integer best = null;
        List<LearnerFacts.Attempt> attempts = facts.attempts(item.quizId());
        for (LearnerFacts.Attempt a : attempts) {
            if (a.finishedAt() == null || a.scorePercent() == null) {
                continue;
            }
            best = best == null ? a.scorePercent() : Math.max(best, a.scorePercent());
            boolean counts = a.passed() && (item.minScore() == null || a.scorePercent() >= item.minScore());
            if (item.quizId() != null && counts && (doneAt == null || a.finishedAt().isBefore(doneAt))) {
                doneAt = a.finishedAt();
            }
        }
        if (item.rule() == PlanItem.Rule.LESSON_COMPLETED) {
            doneAt = facts.completed().get(item.lesson());
        }
        boolean started = !attempts.isEmpty() || (item.lesson() != null
                && (facts.visited().containsKey(item.lesson()) || facts.completed().containsKey(item.lesson())));
        ItemProgress.State state;
        if (doneAt != null) {
            state = ItemProgress.State.DONE;
        } else if (due != null && today.isAfter(due)) {
            state = ItemProgress.State.OVERDUE;
        } else if (started) {
            state = ItemProgress.State.IN_PROGRESS;
        } else {
            state = ItemProgress.State.NOT_STARTED;
        }
        boolean dueSoon = doneAt == null && due != null && !today.isAfter(due) && !today.plusDays(DUE_SOON_DAYS).isBefore(due);
        return new ItemProgress(item, due, state, doneAt, best, attempts.size(), dueSoon);
    }

    public int doneCount() {
        return (int) items.stream().filter(ItemProgress::done).count();
    }

    public Ratio ratio() {
        return new Ratio(doneCount(), items.size());
    }

    public int percent() {
        return items.isEmpty() ? 100 : doneCount() * 100 / items.size();
    }

    public boolean complete() {
        return items.stream().allMatch(ItemProgress::done);
    }

    public boolean atRisk() {
        return behind || inactive;
    }

    /** When the last item was done, once all are. */
    public Instant completedAt() {
        return complete() ? items.stream().map(ItemProgress::doneAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null) : null;
    }

    /** The next required item: the first one not done, by due date, then course order. */
    public ItemProgress next() {
        return items.stream().filter(i -> !i.done())
                .min(Comparator.comparing(ItemProgress::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElse(null);
    }

    public int overdueCount() {
        return (int) items.stream().filter(ItemProgress::overdue).count();
    }

    public int dueSoonCount() {
        return (int) items.stream().filter(ItemProgress::dueSoon).count();
    }

    /** The items due by {@code day} (inclusive): what the plan expects done by then. */
    public long expectedBy(LocalDate day) {
        return items.stream().filter(i -> i.due() != null && !i.due().isAfter(day)).count();
    }

    public ItemProgress item(String key) {
        return items.stream().filter(i -> i.item().key().equals(key)).findFirst().orElse(null);
    }

    public LocalDate finalDue() {
        return plan.finalDue(learnerStart);
    }
}
