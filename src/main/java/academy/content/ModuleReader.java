package academy.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import academy.content.model.CourseModule;
import academy.content.model.GlossaryTerm;
import academy.content.model.Lesson;

/** Reads one module folder: its module.yaml and its NN-slug.md lessons, in number order. */
final class ModuleReader {

    static final Pattern LESSON_FILE = Pattern.compile("([0-9]{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");
    private static final Set<String> MODULE_FIELDS = Set.of("title", "titleEn", "summary", "order", "plannedLessons",
            "planned", "related");

    private final LessonReader lessons = new LessonReader();

    Optional<CourseModule> read(String courseId, String sourceBase, Path dir, List<GlossaryTerm> glossary,
            LessonReferences references, ContentProblems problems) {
        String id = dir.getFileName().toString();
        Path moduleFile = dir.resolve("module.yaml");
        if (!Files.isRegularFile(moduleFile)) {
            problems.add(ContentFiles.display(dir), 0, "a module folder needs a module.yaml (title, summary, order)");
            return Optional.empty();
        }
        Optional<YamlNode> parsed = ContentFiles.readYaml(moduleFile, problems);
        // A broken module.yaml still yields the module (by id) and its lessons, so paths, groups and quiz
        // files naming them do not pile follow-up errors on the one real problem.
        boolean usable = parsed.isPresent() && parsed.get().expectMapping("module.yaml");
        String title = id;
        String titleEn = id;
        String summary = "";
        int order = 0;
        int planned = 0;
        List<String> plannedTitles = List.of();
        List<academy.content.model.LessonKey> related = new ArrayList<>();
        if (usable) {
            YamlNode y = parsed.get();
            y.rejectUnknownKeys(MODULE_FIELDS, "module.yaml");
            title = y.requiredString("title", "module.yaml");
            titleEn = y.optionalString("titleEn", title);
            summary = y.requiredString("summary", "module.yaml");
            order = y.requiredInteger("order", 1, 999, "missing required field 'order' in module.yaml", 999);
            planned = y.integer("plannedLessons", 0, 999).orElse(0);
            plannedTitles = y.stringList("planned");
            for (YamlNode item : y.list("related")) {
                item.scalar("a related lesson").map(String::strip).ifPresent(ref -> {
                    academy.content.model.LessonKey key = academy.content.model.LessonKey.parse(ref);
                    if (key == null) {
                        item.problem("related lesson '" + ref + "' must be written <module-id>/<slug>, e.g. 05-controller/informer");
                    } else {
                        related.add(key);
                        references.related(ContentFiles.display(moduleFile), item.line(), key);
                    }
                });
            }
        }

        List<Lesson> loaded = new ArrayList<>();
        Map<Integer, String> numbers = new HashMap<>();
        Set<String> slugs = new LinkedHashSet<>();
        for (Path file : ContentFiles.list(dir, problems)) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".md") || Files.isDirectory(file)) {
                continue;
            }
            Matcher m = LESSON_FILE.matcher(name);
            if (!m.matches()) {
                problems.add(ContentFiles.display(file), 0, "lesson file name must be NN-slug.md (two digits, dash, lowercase letters/digits/dashes), e.g. 02-informer.md");
                continue;
            }
            int number = Integer.parseInt(m.group(1));
            String slug = m.group(2);
            String clash = numbers.put(number, name);
            if (clash != null) {
                problems.add(ContentFiles.display(file), 0, "lesson number " + m.group(1) + " is also used by " + clash);
            }
            if (!slugs.add(slug)) {
                problems.add(ContentFiles.display(file), 0, "duplicate lesson slug '" + slug + "' in module " + id);
            }
            lessons.read(courseId, sourceBase, id, number, slug, file, glossary, references, problems).ifPresent(loaded::add);
        }
        loaded.sort(java.util.Comparator.comparingInt(Lesson::number));
        return Optional.of(new CourseModule(id, order, title, titleEn, summary, planned, List.copyOf(plannedTitles),
                List.copyOf(related), List.copyOf(loaded)));
    }
}
