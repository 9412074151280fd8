package academy.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import academy.content.model.CourseModule;
import academy.content.model.GlossaryTerm;
import academy.content.model.LessonKey;

/**
 * Reads {@code courses/<id>/glossary.yaml} (optional). It is read before the lessons, so that lesson
 * rendering can link the first use of each term; the lesson each term names is checked afterwards,
 * once every lesson is known ({@link #checkLessons}).
 */
final class GlossaryReader {

    static final String FILE = "glossary.yaml";
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP_FIELDS = Set.of("terms");
    private static final Set<String> TERM_FIELDS = Set.of("id", "term", "en", "aliases", "lesson", "definition");
    static final int MIN_DEFINITION = 20;
    static final int MAX_DEFINITION = 240;

    private record PendingLesson(String file, int line, String termId, LessonKey key) {
    }

    private final List<PendingLesson> pending = new ArrayList<>();

    /** The terms in file order (possibly partial when there are problems); empty when the course has no glossary. */
    List<GlossaryTerm> read(Path courseDir, ContentProblems problems) {
        Path file = courseDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        var parsed = ContentFiles.readYaml(file, problems);
        if (parsed.isEmpty() || !parsed.get().expectMapping(FILE)) {
            return List.of();
        }
        YamlNode root = parsed.get();
        root.rejectUnknownKeys(TOP_FIELDS, FILE);
        if (root.get("terms").isEmpty()) {
            root.problem("missing required field 'terms' in " + FILE + ": a list of terms");
        }
        List<GlossaryTerm> terms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> names = new HashMap<>();
        for (YamlNode t : root.list("terms")) {
            if (!t.expectMapping("each glossary term")) {
                continue;
            }
            t.rejectUnknownKeys(TERM_FIELDS, "a glossary term");
            String id = t.requiredString("id", "a glossary term");
            String what = id.isEmpty() ? "a glossary term" : "term '" + id + "'";
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                t.get("id").orElse(t).problem("term id '" + id + "' must be lowercase letters and digits joined by single dashes, e.g. work-queue");
            } else if (!id.isEmpty() && !ids.add(id)) {
                t.get("id").orElse(t).problem("duplicate term id '" + id + "'");
            }
            String term = t.requiredString("term", what);
            String en = t.requiredString("en", what);
            List<String> aliases = aliases(t);
            String lessonRef = t.requiredString("lesson", what);
            LessonKey lesson = null;
            if (!lessonRef.isEmpty()) {
                lesson = LessonKey.parse(lessonRef);
                if (lesson == null) {
                    t.get("lesson").orElse(t).problem("lesson '" + lessonRef + "' must be written <module-id>/<slug>, e.g. 05-controller/workqueue");
                } else {
                    pending.add(new PendingLesson(t.file(), t.get("lesson").orElse(t).line(), id, lesson));
                }
            }
            String definition = t.requiredString("definition", what).replaceAll("\\s+", " ");
            int length = definition.codePointCount(0, definition.length());
            if (!definition.isEmpty() && (length < MIN_DEFINITION || length > MAX_DEFINITION)) {
                t.get("definition").orElse(t).problem("the definition of " + what + " has " + length + " characters: write "
                        + MIN_DEFINITION + " to " + MAX_DEFINITION);
            }
            List<String> all = new ArrayList<>();
            all.add(term);
            all.add(en);
            all.addAll(aliases);
            Set<String> own = new HashSet<>();
            for (String name : all) {
                String folded = name.toLowerCase(Locale.ROOT);
                if (folded.isEmpty() || !own.add(folded)) {
                    continue;
                }
                String other = names.putIfAbsent(folded, id);
                if (other != null) {
                    t.problem("'" + name + "' of " + what + " is already a name of term '" + other + "': each term, en and alias belongs to one entry");
                }
            }
            terms.add(new GlossaryTerm(id, term, en, List.copyOf(aliases), lesson, definition));
        }
        return List.copyOf(terms);
    }

    private static List<String> aliases(YamlNode t) {
        var node = t.get("aliases");
        if (node.isEmpty()) {
            return List.of();
        }
        if (!node.get().isSequence()) {
            node.get().problem("'aliases' must be a list of strings, e.g. [workqueue, 限速队列]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : node.get().items()) {
            if (!item.isScalar() || item.isNull()) {
                item.problem("each alias must be a single string");
                continue;
            }
            item.scalar("an alias").map(String::strip).filter(s -> !s.isEmpty()).ifPresent(out::add);
        }
        return out;
    }

    /** Reports terms whose introducing lesson does not exist. */
    void checkLessons(List<CourseModule> modules, ContentProblems problems) {
        Set<LessonKey> lessons = new HashSet<>();
        modules.forEach(m -> m.lessons().forEach(l -> lessons.add(l.key())));
        for (PendingLesson p : pending) {
            if (!lessons.contains(p.key())) {
                problems.add(p.file(), p.line(), "term '" + p.termId() + "' names lesson '" + p.key() + "', which does not exist");
            }
        }
    }
}
