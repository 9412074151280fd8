package academy.cohort;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The CSV and JSON shapes of a cohort's progress: the same data, row per learner × item. */
public final class CohortExports {

    /** CSV header; each column is documented in docs/onboarding.md. */
    public static final List<String> CSV_COLUMNS = List.of("cohort_id", "cohort", "username", "name", "email", "learner_status",
            "assignment_id", "assignment", "item_key", "item_type", "module", "lesson", "item_title", "rule", "min_score",
            "learner_start", "due_date", "status", "due_soon", "done_at", "best_score", "attempts", "last_activity");

    private CohortExports() {
    }

    public static String assignmentLabel(Assignment a) {
        return a.kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + a.targets;
    }

    public static byte[] csv(CohortReport report, ZoneId zone) {
        StringBuilder out = new StringBuilder(256 + report.rows().size() * report.items() * 160);
        out.append('\uFEFF'); // BOM: Excel then reads UTF-8 and shows Chinese names
        line(out, CSV_COLUMNS);
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        for (MemberRow r : report.rows()) {
            for (Standing s : r.standings()) {
                Assignment a = s.plan().assignment();
                for (ItemProgress i : s.items()) {
                    PlanItem item = i.item();
                    line(out, List.of(report.cohort().id.toString(), report.cohort().name, r.username(), r.name(), nz(r.email()),
                            r.status(), a.id.toString(), assignmentLabel(a), item.key(), item.exam() ? "exam" : "lesson",
                            item.moduleId(), item.lesson() == null ? "" : item.lesson().slug(), item.title(),
                            item.rule().name().toLowerCase(java.util.Locale.ROOT), item.minScore() == null ? "" : item.minScore().toString(),
                            s.learnerStart().toString(), date(i.due()), i.state().css(), i.dueSoon() ? "yes" : "no", time(i.doneAt(), iso),
                            i.bestScore() == null ? "" : i.bestScore().toString(), Integer.toString(i.attempts()), time(r.lastActivity(), iso)));
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(c)));
        }
        out.append("\r\n");
    }

    /**
     * RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would run as a formula
     * ({@code = + - @}, tab, carriage return): a learner's display name must never become a formula.
     */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String time(Instant t, DateTimeFormatter f) {
        return t == null ? "" : f.format(t);
    }

    // ---- JSON ----

    public record CohortSummary(long id, String name, String groupPath, int learners, long onTrack, long atRisk, long complete,
            int percent, List<AssignmentDto> assignments) {
    }

    public record AssignmentDto(long id, String courseId, String kind, List<String> targets, String lessonRule, boolean examRequired,
            Integer examMinScore, String schedule, LocalDate startDate, List<ItemDto> items) {
    }

    public record ItemDto(String key, String type, String module, String lesson, String title, String rule, String quizId) {
    }

    public record CohortProgressDto(long id, String name, LocalDate today, List<AssignmentDto> assignments, List<LearnerDto> learners) {
    }

    public record LearnerDto(long memberId, String username, String name, String status, boolean behind, boolean inactive, int done,
            int total, int percent, Instant lastActivity, Instant joinedAt, List<ItemStatusDto> items) {
    }

    public record ItemStatusDto(long assignment, String key, LocalDate due, String status, boolean dueSoon, Instant doneAt, Integer bestScore,
            int attempts) {
    }

    public static CohortSummary summary(CohortReport r) {
        return new CohortSummary(r.cohort().id, r.cohort().name, r.cohort().groupPath, r.learners(), r.onTrack(), r.atRisk(), r.complete(),
                r.percent(), r.plans().stream().map(p -> assignment(p, false)).toList());
    }

    public static AssignmentDto assignment(AssignmentPlan p, boolean withItems) {
        Assignment a = p.assignment();
        return new AssignmentDto(a.id, a.courseId, a.kind.name(), a.targetList(), a.lessonRule.name(), a.examRequired, a.examMinScore,
                a.schedule.name(), a.startDate, withItems ? p.items().stream().map(i -> new ItemDto(i.key(), i.exam() ? "exam" : "lesson",
                        i.moduleId(), i.lesson() == null ? null : i.lesson().slug(), i.title(), i.rule().name(), i.quizId())).toList() : null);
    }

    public static CohortProgressDto progress(CohortReport r) {
        List<LearnerDto> learners = new ArrayList<>();
        for (MemberRow row : r.rows()) {
            List<ItemStatusDto> items = new ArrayList<>();
            for (Standing s : row.standings()) {
                for (ItemProgress i : s.items()) {
                    items.add(new ItemStatusDto(s.plan().assignment().id, i.item().key(), i.due(), i.state().css(), i.dueSoon(), i.doneAt(),
                            i.bestScore(), i.attempts()));
                }
            }
            learners.add(new LearnerDto(row.member().id, row.username(), row.name(), row.status(), row.behind(), row.inactive(), row.done(),
                    row.total(), row.percent(), row.lastActivity(), row.member().joinedAt, items));
        }
        return new CohortProgressDto(r.cohort().id, r.cohort().name, r.today(), r.plans().stream().map(p -> assignment(p, true)).toList(),
                learners);
    }
}
