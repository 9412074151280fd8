package academy.content.render;

import academy.content.ContentProblems;

/**
 * Where a document comes from, so links resolve against its course and problems point at its file.
 *
 * @param lineOffset lines of the file before the Markdown (front matter)
 */
public record RenderContext(String courseId, String sourceBase, String file, int lineOffset, ContentProblems problems) {
}
