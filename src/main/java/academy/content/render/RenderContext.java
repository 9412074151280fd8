package academy.content.render;

import java.util.List;

import academy.content.ContentProblems;
import academy.content.model.GlossaryTerm;

/**
 * Where a document comes from, so links resolve against its course and problems point at its file.
 *
 * @param lineOffset lines of the file before the Markdown (front matter)
 * @param glossary   terms whose first use in the prose links to the glossary (empty: no links)
 */
public record RenderContext(String courseId, String sourceBase, String file, int lineOffset, ContentProblems problems,
        List<GlossaryTerm> glossary) {

    public RenderContext(String courseId, String sourceBase, String file, int lineOffset, ContentProblems problems) {
        this(courseId, sourceBase, file, lineOffset, problems, List.of());
    }
}
