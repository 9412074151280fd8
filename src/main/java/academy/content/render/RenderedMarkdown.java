package academy.content.render;

import java.util.List;
import java.util.Set;

import academy.content.model.TocEntry;

/** The sanitized HTML of a Markdown document and what the loader needs to validate it. */
public record RenderedMarkdown(
        String html,
        List<TocEntry> toc,
        Set<String> anchors,
        List<LinkRef> lessonLinks,
        int chineseCharacters,
        List<String> glossaryTerms) {
}
