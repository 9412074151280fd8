package academy.search;

/**
 * One lesson section found by a search.
 *
 * @param section the heading anchor ({@code ""}: the lesson's opening)
 * @param snippet HTML: escaped text of the best passage, matches in {@code <mark>}
 */
public record SearchHit(String title, String module, String moduleTitle, String lesson, String section, String heading,
        String url, String snippet, float score) {
}
