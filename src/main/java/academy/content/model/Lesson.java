package academy.content.model;

import java.util.List;
import java.util.Set;

/**
 * A lesson, fully rendered at load time: pages serve {@link #html()} from memory.
 *
 * @param titleEn optional English title for the English interface (null: the Chinese one is shown)
 * @param number position in its module (from the {@code NN-} prefix of the file name)
 * @param file   path of the Markdown file relative to the courses directory
 * @param glossaryTerms ids of the glossary terms linked in this lesson's prose (first use of each), in order
 */
public record Lesson(
        String moduleId,
        int number,
        String slug,
        String title,
        String titleEn,
        String summary,
        int minutes,
        List<String> objectives,
        List<LessonKey> prerequisites,
        List<SourceRef> sources,
        List<String> tags,
        String html,
        List<TocEntry> toc,
        Set<String> anchors,
        int chineseCharacters,
        String file,
        List<String> glossaryTerms) implements Bilingual {

    public LessonKey key() {
        return new LessonKey(moduleId, slug);
    }
}
