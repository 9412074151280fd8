package academy.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param relaxed     true when no section had every word, and sections with some of them are shown
 * @param suggestions terms to try when nothing was found
 */
public record SearchResults(String query, String module, String path, boolean relaxed, List<SearchHit> results,
        List<TermHit> terms, List<String> suggestions) {

    public boolean empty() {
        return results.isEmpty() && terms.isEmpty();
    }

    public static SearchResults none(String query, String module, String path) {
        return new SearchResults(query, module, path, false, List.of(), List.of(), List.of());
    }
}
