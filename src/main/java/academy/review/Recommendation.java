package academy.review;

/**
 * One "what to read next" item.
 *
 * @param kind   path (next lesson of the learner's path), prerequisite (of the current lesson) or weak (a section
 *               of missed questions)
 * @param title  what to read, as shown
 * @param reason why it is recommended, in the UI language
 */
public record Recommendation(String kind, String title, String url, String reason) {
}
