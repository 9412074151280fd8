package academy.cohort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a cohort's roster as filtered and sorted: the matrix shows {@value #SIZE} learners at a time
 * (a 500-learner matrix is 22,000 cells — the CSV and JSON exports carry everyone), while the summary, the
 * chart and the counts above it are computed over the whole cohort.
 *
 * @param rows the learners on this page
 * @param matching how many learners match the filter and the name search
 * @param page this page, from 1
 * @param pages how many pages there are (at least 1)
 * @param links page links to show, in order, with gaps as null numbers
 */
public record RosterPage(List<MemberRow> rows, int matching, int page, int pages, List<PageLink> links, int from, int to) {

    public static final int SIZE = 50;

    /** Longest name search kept; a longer one is cut (it cannot match a name anyway). */
    public static final int MAX_QUERY = 100;

    /** A link to a page of the roster; {@code number == 0} marks a gap ("…"). */
    public record PageLink(int number, String href, boolean current) {
    }

    /**
     * @param view the filtered, sorted rows
     * @param requested the asked page as typed (null, junk or out of range ask for the nearest page)
     */
    static RosterPage of(List<MemberRow> view, String requested, long cohortId, String filter, String sort, String query) {
        int pages = Math.max(1, (view.size() + SIZE - 1) / SIZE);
        int page = parse(requested);
        page = Math.min(Math.max(page, 1), pages);
        int from = (page - 1) * SIZE;
        int to = Math.min(view.size(), from + SIZE);
        List<PageLink> links = new ArrayList<>();
        if (pages > 1) {
            int last = 0;
            for (int n = 1; n <= pages; n++) {
                if (n == 1 || n == pages || Math.abs(n - page) <= 2) {
                    if (last != 0 && n - last > 1) {
                        links.add(new PageLink(0, null, false));
                    }
                    links.add(new PageLink(n, href(cohortId, filter, sort, query, n), n == page));
                    last = n;
                }
            }
        }
        return new RosterPage(view.subList(from, to), view.size(), page, pages, List.copyOf(links), view.isEmpty() ? 0 : from + 1, to);
    }

    public String previous() {
        return page > 1 ? links.stream().filter(l -> l.number() == page - 1).findFirst().map(PageLink::href).orElse(null) : null;
    }

    public String next() {
        return page < pages ? links.stream().filter(l -> l.number() == page + 1).findFirst().map(PageLink::href).orElse(null) : null;
    }

    static String href(long cohortId, String filter, String sort, String query, int page) {
        StringBuilder b = new StringBuilder("/cohorts/").append(cohortId).append("?filter=").append(enc(filter)).append("&sort=").append(enc(sort));
        if (query != null && !query.isEmpty()) {
            b.append("&q=").append(enc(query));
        }
        return b.append("&page=").append(page).append("#roster-title").toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int parse(String requested) {
        String r = requested == null ? "" : requested.strip();
        if (!r.isEmpty() && r.chars().allMatch(Character::isDigit)) {
            return r.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(r);
        }
        return 1;
    }

    /** Whether a row's name or username contains the search (case-insensitive). */
    static boolean matches(MemberRow row, String query) {
        if (query == null || query.isEmpty()) {
            return true;
        }
        String q = query.toLowerCase(java.util.Locale.ROOT);
        return row.name().toLowerCase(java.util.Locale.ROOT).contains(q)
                || row.member().username != null && row.member().username.toLowerCase(java.util.Locale.ROOT).contains(q);
    }

    /** The search as kept: trimmed, at most {@value #MAX_QUERY} characters. */
    static String query(String raw) {
        if (raw == null) {
            return "";
        }
        String q = raw.strip();
        return q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
    }
}
