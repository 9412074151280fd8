package academy.quiz.content;

/**
 * Something a learner picks or arranges: an option, an ordering item, or one side of a match pair.
 *
 * @param html the author's Markdown rendered to sanitized inline HTML
 */
public record Choice(String id, String html) {
}
