package academy.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;

import academy.content.CourseCatalog;

/**
 * Checks a search's parameters before anything is searched: the query's length, that module and path
 * filters name something that exists, the limit's range. A bad value is a 400 with a message in the
 * learner's language, never a 500. Blank filters mean "any".
 */
@RequestScoped
public class SearchRequest {

    public static final int MAX_QUERY = 200;
    /** How long a search right after startup waits for the index before answering 503. */
    static final long STARTUP_WAIT_MS = 30_000;

    @Inject
    CourseCatalog catalog;

    @Inject
    SearchTexts texts;

    @Inject
    SearchIndex index;

    public SearchResults run(String q, String module, String path, String limit, int defaultLimit) {
        String query = q == null ? "" : q.strip();
        if (query.codePointCount(0, query.length()) > MAX_QUERY) {
            throw new BadRequestException(texts.messages().too_long(MAX_QUERY));
        }
        String m = blankToNull(module);
        String p = blankToNull(path);
        if (m != null && catalog.courses().stream().noneMatch(c -> c.module(m).isPresent())) {
            throw new BadRequestException(texts.messages().unknown_module(shorten(m)));
        }
        if (p != null && catalog.courses().stream().noneMatch(c -> c.path(p).isPresent())) {
            throw new BadRequestException(texts.messages().unknown_path(shorten(p)));
        }
        int n = defaultLimit;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > SearchIndex.MAX_LIMIT) {
                throw new BadRequestException(texts.messages().bad_limit(SearchIndex.MAX_LIMIT));
            }
        }
        if (!query.isEmpty() && !index.awaitReady(STARTUP_WAIT_MS)) {
            throw new IndexNotReadyException(texts.messages().starting());
        }
        return index.search(query, m, p, n);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
