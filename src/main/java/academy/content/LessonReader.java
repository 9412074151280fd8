package academy.content;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import academy.content.model.GlossaryTerm;
import academy.content.model.Lesson;
import academy.content.model.LessonKey;
import academy.content.model.SourceRef;
import academy.content.render.LinkRef;
import academy.content.render.MarkdownRenderer;
import academy.content.render.RenderContext;
import academy.content.render.RenderedMarkdown;

/** Reads one lesson file: YAML front matter, then the Markdown body rendered to sanitized HTML. */
final class LessonReader {

    private static final Set<String> LESSON_FIELDS = Set.of("title", "titleEn", "summary", "minutes", "objectives",
            "prerequisites", "sources", "tags");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    Optional<Lesson> read(String courseId, String sourceBase, String moduleId, int number, String slug,
            Path file, List<GlossaryTerm> glossary, LessonReferences references, ContentProblems problems) {
        String where = ContentFiles.display(file);
        Optional<String> read = ContentFiles.readText(file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String text = read.get();
        if (!text.startsWith("---\n")) {
            problems.add(where, 1, "a lesson must start with YAML front matter: a line '---', the fields, and a closing '---'");
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            problems.add(where, 1, "the front matter is not closed: add a line '---' after its last field");
            return Optional.empty();
        }
        String frontMatter = text.substring(4, end + 1);
        String body = end + 5 <= text.length() ? text.substring(end + 5) : "";
        int bodyOffset = (int) text.substring(0, Math.min(end + 5, text.length())).chars().filter(c -> c == '\n').count();

        Optional<YamlNode> parsed = YamlNode.parse(new StringReader(frontMatter), where, 1, problems);
        if (parsed.isEmpty() || !parsed.get().expectMapping("the front matter")) {
            return Optional.empty();
        }
        YamlNode y = parsed.get();
        y.rejectUnknownKeys(LESSON_FIELDS, "the front matter");
        String title = y.requiredString("title", "the front matter");
        String titleEn = y.optionalString("titleEn", null);
        String summary = y.requiredString("summary", "the front matter");
        int minutes = y.requiredInteger("minutes", 1, 600,
                "missing required field 'minutes' (estimated minutes, 1-600) in the front matter", 0);
        List<String> objectives = y.stringList("objectives");
        if (objectives.isEmpty()) {
            y.problem("missing required field 'objectives': list at least one learning objective");
        }
        List<LessonKey> prerequisites = new ArrayList<>();
        for (YamlNode item : y.list("prerequisites")) {
            item.scalar("a prerequisite").map(String::strip).ifPresent(ref -> {
                LessonKey key = ref.contains("/") ? LessonKey.parse(ref) : new LessonKey(moduleId, ref);
                if (key == null) {
                    item.problem("prerequisite '" + ref + "' must be written <module-id>/<slug>, e.g. 01-overview/control-loop");
                } else {
                    prerequisites.add(key);
                    references.prerequisite(where, item.line(), key);
                }
            });
        }
        List<SourceRef> sources = new ArrayList<>();
        for (YamlNode s : y.list("sources")) {
            if (s.expectMapping("each source")) {
                sources.add(ContentFiles.sourceRef(s));
            }
        }
        List<String> tags = y.stringList("tags");

        RenderedMarkdown rendered = renderer.render(body, new RenderContext(courseId, sourceBase, where, bodyOffset, problems, glossary));
        for (LinkRef link : rendered.lessonLinks()) {
            references.link(where, link);
        }
        return Optional.of(new Lesson(moduleId, number, slug, title, titleEn, summary, minutes, List.copyOf(objectives),
                List.copyOf(prerequisites), List.copyOf(sources), List.copyOf(tags), rendered.html(), rendered.toc(),
                rendered.anchors(), rendered.chineseCharacters(), where, rendered.glossaryTerms()));
    }
}
