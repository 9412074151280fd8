package academy.search;

/** A glossary entry matching a search: its names, definition (HTML, escaped) and where it is explained. */
public record TermHit(String id, String term, String en, String definition, String url, String lessonUrl) {
}
