package academy.cohort;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A cohort as its lead sees it: the active assignments' plans and one row per current learner. */
public record CohortReport(Cohort cohort, List<AssignmentPlan> plans, List<MemberRow> rows, LocalDate today) {

    /** The roster filters and sort orders {@link #view} knows. */
    public static final java.util.Set<String> FILTERS = java.util.Set.of("all", "at-risk", "overdue", "inactive", "on-track", "done");
    public static final java.util.Set<String> SORTS = java.util.Set.of("name", "status", "progress", "-progress", "activity");

    public int learners() {
        return rows.size();
    }

    public long atRisk() {
        return rows.stream().filter(MemberRow::atRisk).count();
    }

    public long complete() {
        return rows.stream().filter(MemberRow::complete).count();
    }

    public long onTrack() {
        return rows.stream().filter(r -> !r.atRisk() && !r.complete()).count();
    }

    /** Done items over all items of all learners, in whole percent. */
    public int percent() {
        long total = rows.stream().mapToLong(MemberRow::total).sum();
        long done = rows.stream().mapToLong(MemberRow::done).sum();
        return total == 0 ? 0 : (int) (done * 100 / total);
    }

    public int items() {
        return plans.stream().mapToInt(p -> p.items().size()).sum();
    }

    /** Rows filtered and sorted as asked; unknown values fall back to everyone by name. */
    public List<MemberRow> view(String filter, String sort) {
        Comparator<MemberRow> byName = Comparator.comparing(MemberRow::name, String.CASE_INSENSITIVE_ORDER);
        Comparator<MemberRow> order = switch (sort == null ? "" : sort) {
            case "progress" -> Comparator.comparingInt(MemberRow::percent).thenComparing(byName);
            case "-progress" -> Comparator.comparingInt(MemberRow::percent).reversed().thenComparing(byName);
            case "activity" -> Comparator.comparing(MemberRow::lastActivity, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(byName);
            case "status" -> Comparator.comparingInt((MemberRow r) -> r.atRisk() ? 0 : r.complete() ? 2 : 1)
                    .thenComparingInt(r -> -r.overdue()).thenComparing(byName);
            default -> byName;
        };
        return rows.stream().filter(r -> switch (filter == null ? "" : filter) {
            case "at-risk" -> r.atRisk();
            case "overdue" -> r.behind();
            case "inactive" -> r.inactive();
            case "done" -> r.complete();
            case "on-track" -> !r.atRisk() && !r.complete();
            default -> true;
        }).sorted(order).toList();
    }

    public MemberRow row(long memberId) {
        return rows.stream().filter(r -> r.member().id == memberId).findFirst().orElse(null);
    }
}
