package academy.cohort;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The cohort's completion over time against the plan, drawn on the server as inline SVG: no chart
 * library, no script, nothing fetched from elsewhere. The plan line is the share of all items due by each
 * day; the actual line the share done by each day (up to today).
 */
public final class CohortChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int LEFT = 40;
    static final int BOTTOM = 24;
    static final int MAX_DAYS = 730;

    private CohortChart() {
    }

    public record Series(LocalDate from, int days, long total, long[] planned, long[] done, int todayIndex) {
        public int plannedPercentToday() {
            return total == 0 || todayIndex < 0 ? 0 : (int) (planned[Math.min(todayIndex, days - 1)] * 100 / total);
        }
    }

    public static Series series(CohortReport report, ZoneId zone) {
        LocalDate from = null;
        LocalDate to = report.today();
        long total = 0;
        for (MemberRow r : report.rows()) {
            for (Standing s : r.standings()) {
                from = from == null || s.learnerStart().isBefore(from) ? s.learnerStart() : from;
                LocalDate end = s.finalDue();
                to = end != null && end.isAfter(to) ? end : to;
                total += s.items().size();
            }
        }
        if (from == null) {
            return new Series(report.today(), 1, 0, new long[1], new long[1], 0);
        }
        int days = (int) Math.min(MAX_DAYS, ChronoUnit.DAYS.between(from, to) + 1);
        long[] planned = new long[days];
        long[] done = new long[days];
        for (MemberRow r : report.rows()) {
            for (Standing s : r.standings()) {
                for (ItemProgress i : s.items()) {
                    if (i.due() != null) {
                        planned[clamp(ChronoUnit.DAYS.between(from, i.due()), days)]++;
                    }
                    if (i.doneAt() != null) {
                        done[clamp(ChronoUnit.DAYS.between(from, i.doneAt().atZone(zone).toLocalDate()), days)]++;
                    }
                }
            }
        }
        for (int d = 1; d < days; d++) {
            planned[d] += planned[d - 1];
            done[d] += done[d - 1];
        }
        int today = (int) ChronoUnit.DAYS.between(from, report.today());
        return new Series(from, days, total, planned, done, today >= days ? days - 1 : today);
    }

    private static int clamp(long day, int days) {
        return (int) Math.max(0, Math.min(days - 1, day));
    }

    /** The SVG markup; only numbers and dates of ours go into it, no user text. */
    public static String svg(Series s, String planLabel, String actualLabel) {
        StringBuilder out = new StringBuilder(4096);
        int w = WIDTH - LEFT - 8;
        int h = HEIGHT - BOTTOM - 8;
        out.append("<svg class=\"cohort-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(planLabel)).append(" / ").append(escape(actualLabel))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (int p = 0; p <= 100; p += 25) {
            double y = 8 + h - h * p / 100.0;
            out.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", LEFT, y, WIDTH - 8, y));
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%d%%</text>", LEFT - 4, y + 4, p));
        }
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axis\">%s</text>", LEFT, HEIGHT - 6, s.from()));
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axis\" text-anchor=\"end\">%s</text>", WIDTH - 8,
                HEIGHT - 6, s.from().plusDays(s.days() - 1)));
        if (s.total() > 0) {
            out.append(polyline("plan", s.planned(), s.days() - 1, s, w, h));
            out.append(polyline("actual", s.done(), s.todayIndex(), s, w, h));
            double x = LEFT + (s.days() == 1 ? 0 : w * (double) s.todayIndex() / (s.days() - 1));
            out.append(String.format(Locale.ROOT, "<line class=\"today\" x1=\"%.1f\" y1=\"8\" x2=\"%.1f\" y2=\"%d\"/>", x, x, 8 + h));
        }
        out.append("</svg>");
        return out.toString();
    }

    private static String polyline(String css, long[] values, int last, Series s, int w, int h) {
        StringBuilder pts = new StringBuilder();
        int step = Math.max(1, s.days() / 240);
        for (int d = 0; d <= last; d += step) {
            point(pts, d, values[d], s, w, h);
        }
        if (last % step != 0) {
            point(pts, last, values[last], s, w, h);
        }
        return "<polyline class=\"" + css + "\" fill=\"none\" points=\"" + pts.toString().trim() + "\"/>";
    }

    private static void point(StringBuilder pts, int d, long v, Series s, int w, int h) {
        double x = LEFT + (s.days() == 1 ? 0 : w * (double) d / (s.days() - 1));
        double y = 8 + h - h * (double) v / s.total();
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
