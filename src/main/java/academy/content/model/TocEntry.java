package academy.content.model;

/** One heading of a lesson's table of contents. */
public record TocEntry(int level, String anchor, String text) {
}
