package academy.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.LearningPath;
import academy.content.model.Lesson;
import academy.content.model.LessonKey;
import academy.content.model.ModuleGroup;
import academy.content.model.QuizFile;
import academy.content.model.SourceRef;
import academy.content.render.LinkRef;
import academy.content.render.MarkdownRenderer;
import academy.content.render.RenderContext;
import academy.content.render.RenderedMarkdown;

/**
 * Reads {@code courses/} and {@code quizzes/} into immutable records and validates the whole tree,
 * collecting every problem (file, line, what to fix) rather than stopping at the first.
 */
public final class ContentLoader {

    static final Pattern MODULE_DIR = Pattern.compile("[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern LESSON_FILE = Pattern.compile("([0-9]{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

    private static final Set<String> COURSE_FIELDS = Set.of("id", "title", "description", "kubernetesVersion",
            "sourceBase", "groups", "paths");
    private static final Set<String> GROUP_FIELDS = Set.of("id", "title", "titleEn", "modules");
    private static final Set<String> PATH_FIELDS = Set.of("id", "title", "titleEn", "description", "descriptionEn", "modules");
    private static final Set<String> MODULE_FIELDS = Set.of("title", "titleEn", "summary", "order", "plannedLessons");
    private static final Set<String> LESSON_FIELDS = Set.of("title", "summary", "minutes", "objectives",
            "prerequisites", "sources", "tags");
    private static final Set<String> SOURCE_FIELDS = Set.of("path", "symbol", "repo", "ref");

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Path workingDir = Path.of("").toAbsolutePath();

    /** The loaded courses (possibly partial) and every problem found. */
    public record Result(List<Course> courses, ContentProblems problems) {
    }

    public Result load(Path coursesDir, Path quizzesDir) {
        ContentProblems problems = new ContentProblems();
        List<Course> courses = new ArrayList<>();
        if (!Files.isDirectory(coursesDir)) {
            problems.add(display(coursesDir), 0, "the courses directory does not exist (set academy.content.courses-dir)");
            return new Result(courses, problems);
        }
        for (Path dir : list(coursesDir, problems)) {
            if (!Files.isDirectory(dir) || dir.getFileName().toString().startsWith(".")) {
                continue;
            }
            Path courseFile = dir.resolve("course.yaml");
            if (!Files.isRegularFile(courseFile)) {
                problems.add(display(dir), 0, "a course folder needs a course.yaml");
                continue;
            }
            loadCourse(dir, quizzesDir.resolve(dir.getFileName().toString()), problems).ifPresent(courses::add);
        }
        if (courses.isEmpty() && problems.isEmpty()) {
            problems.add(display(coursesDir), 0, "no course found: expected <course-id>/course.yaml");
        }
        return new Result(List.copyOf(courses), problems);
    }

    private Optional<Course> loadCourse(Path dir, Path quizDir, ContentProblems problems) {
        String folder = dir.getFileName().toString();
        Optional<YamlNode> parsed = readYaml(dir.resolve("course.yaml"), problems);
        if (parsed.isEmpty() || !parsed.get().expectMapping("course.yaml")) {
            return Optional.empty();
        }
        YamlNode y = parsed.get();
        y.rejectUnknownKeys(COURSE_FIELDS, "course.yaml");
        String id = y.requiredString("id", "course.yaml");
        if (!id.isEmpty() && !id.equals(folder)) {
            y.get("id").orElse(y).problem("course id '" + id + "' must equal its folder name '" + folder + "'");
        }
        String title = y.requiredString("title", "course.yaml");
        String description = y.requiredString("description", "course.yaml");
        String version = y.requiredString("kubernetesVersion", "course.yaml");
        String sourceBase = y.requiredString("sourceBase", "course.yaml");
        if (!sourceBase.isEmpty() && !(sourceBase.startsWith("https://") && sourceBase.endsWith("/"))) {
            y.get("sourceBase").orElse(y).problem("sourceBase must be an https:// URL ending with '/'");
        }

        List<CourseModule> modules = new ArrayList<>();
        Map<String, Integer> orders = new HashMap<>();
        for (Path moduleDir : list(dir, problems)) {
            String name = moduleDir.getFileName().toString();
            if (!Files.isDirectory(moduleDir) || name.startsWith(".")) {
                continue;
            }
            if (!MODULE_DIR.matcher(name).matches()) {
                problems.add(display(moduleDir), 0, "module folder name must look like 05-controller (two digits, dash, lowercase slug)");
                continue;
            }
            loadModule(folder, sourceBase, moduleDir, problems).ifPresent(m -> {
                Integer other = m.order() == 0 ? null : orders.put(String.valueOf(m.order()), 0);
                if (other != null) {
                    problems.add(display(moduleDir.resolve("module.yaml")), 0, "order " + m.order() + " is used by another module");
                }
                modules.add(m);
            });
        }
        modules.sort(java.util.Comparator.comparingInt(CourseModule::order).thenComparing(CourseModule::id));
        Map<String, CourseModule> byId = new HashMap<>();
        modules.forEach(m -> byId.put(m.id(), m));

        List<ModuleGroup> groups = new ArrayList<>();
        Map<String, String> groupOf = new HashMap<>();
        for (YamlNode g : y.list("groups")) {
            if (!g.expectMapping("each group")) {
                continue;
            }
            g.rejectUnknownKeys(GROUP_FIELDS, "a group");
            String gid = g.requiredString("id", "a group");
            List<String> ids = moduleRefs(g, byId, "group '" + gid + "'");
            for (String mid : ids) {
                String previous = groupOf.put(mid, gid);
                if (previous != null) {
                    g.problem("module '" + mid + "' is in groups '" + previous + "' and '" + gid + "': put it in one group");
                }
            }
            groups.add(new ModuleGroup(gid, g.requiredString("title", "group '" + gid + "'"),
                    g.optionalString("titleEn", g.optionalString("title", gid)), ids));
        }
        if (!groups.isEmpty()) {
            for (CourseModule m : modules) {
                if (!groupOf.containsKey(m.id())) {
                    y.get("groups").orElse(y).problem("module '" + m.id() + "' is in no group: add it to one of the groups");
                }
            }
        }

        List<LearningPath> paths = new ArrayList<>();
        Set<String> pathIds = new LinkedHashSet<>();
        for (YamlNode p : y.list("paths")) {
            if (!p.expectMapping("each path")) {
                continue;
            }
            p.rejectUnknownKeys(PATH_FIELDS, "a learning path");
            String pid = p.requiredString("id", "a learning path");
            if (!pid.isEmpty() && !pathIds.add(pid)) {
                p.problem("duplicate learning path id '" + pid + "'");
            }
            List<String> ids = moduleRefs(p, byId, "path '" + pid + "'");
            if (ids.isEmpty()) {
                p.problem("path '" + pid + "' names no modules");
            }
            paths.add(new LearningPath(pid, p.requiredString("title", "path '" + pid + "'"),
                    p.optionalString("titleEn", p.optionalString("title", pid)),
                    p.requiredString("description", "path '" + pid + "'"),
                    p.optionalString("descriptionEn", p.optionalString("description", "")), ids));
        }

        checkReferences(modules, problems);
        List<QuizFile> quizzes = findQuizzes(id, quizDir, byId, problems);
        Course course = new Course(id, title, description, version, sourceBase, List.copyOf(groups), List.copyOf(paths),
                List.copyOf(modules), quizzes, hash(dir, quizDir));
        return Optional.of(course);
    }

    private List<String> moduleRefs(YamlNode node, Map<String, CourseModule> modules, String what) {
        List<String> ids = new ArrayList<>();
        for (YamlNode item : node.list("modules")) {
            item.scalar("a module id").map(String::strip).ifPresent(mid -> {
                if (!modules.containsKey(mid)) {
                    item.problem(what + " names unknown module '" + mid + "'");
                } else if (ids.contains(mid)) {
                    item.problem(what + " names module '" + mid + "' twice");
                } else {
                    ids.add(mid);
                }
            });
        }
        return List.copyOf(ids);
    }

    private Optional<CourseModule> loadModule(String courseId, String sourceBase, Path dir, ContentProblems problems) {
        String id = dir.getFileName().toString();
        Path moduleFile = dir.resolve("module.yaml");
        if (!Files.isRegularFile(moduleFile)) {
            problems.add(display(dir), 0, "a module folder needs a module.yaml (title, summary, order)");
            return Optional.empty();
        }
        Optional<YamlNode> parsed = readYaml(moduleFile, problems);
        if (parsed.isEmpty() || !parsed.get().expectMapping("module.yaml")) {
            // Still known by id, so paths and groups naming it do not pile follow-up errors on the real one.
            return Optional.of(new CourseModule(id, 0, id, id, "", 0, List.of()));
        }
        YamlNode y = parsed.get();
        y.rejectUnknownKeys(MODULE_FIELDS, "module.yaml");
        String title = y.requiredString("title", "module.yaml");
        String summary = y.requiredString("summary", "module.yaml");
        int order = y.integer("order", 1, 999).orElseGet(() -> {
            if (y.get("order").isEmpty()) {
                y.problem("missing required field 'order' in module.yaml");
            }
            return 999;
        });
        int planned = y.integer("plannedLessons", 0, 999).orElse(0);

        List<Lesson> lessons = new ArrayList<>();
        Map<Integer, String> numbers = new HashMap<>();
        Set<String> slugs = new LinkedHashSet<>();
        for (Path file : list(dir, problems)) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".md") || Files.isDirectory(file)) {
                continue;
            }
            Matcher m = LESSON_FILE.matcher(name);
            if (!m.matches()) {
                problems.add(display(file), 0, "lesson file name must be NN-slug.md (two digits, dash, lowercase letters/digits/dashes), e.g. 02-informer.md");
                continue;
            }
            int number = Integer.parseInt(m.group(1));
            String slug = m.group(2);
            String clash = numbers.put(number, name);
            if (clash != null) {
                problems.add(display(file), 0, "lesson number " + m.group(1) + " is also used by " + clash);
            }
            if (!slugs.add(slug)) {
                problems.add(display(file), 0, "duplicate lesson slug '" + slug + "' in module " + id);
            }
            loadLesson(courseId, sourceBase, id, number, slug, file, problems).ifPresent(lessons::add);
        }
        lessons.sort(java.util.Comparator.comparingInt(Lesson::number));
        return Optional.of(new CourseModule(id, order, title, y.optionalString("titleEn", title), summary, planned,
                List.copyOf(lessons)));
    }

    private Optional<Lesson> loadLesson(String courseId, String sourceBase, String moduleId, int number, String slug,
            Path file, ContentProblems problems) {
        String where = display(file);
        Optional<String> read = readText(file, problems);
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
        String summary = y.requiredString("summary", "the front matter");
        int minutes = y.integer("minutes", 1, 600).orElseGet(() -> {
            if (y.get("minutes").isEmpty()) {
                y.problem("missing required field 'minutes' (estimated minutes, 1-600) in the front matter");
            }
            return 0;
        });
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
                    pendingPrerequisites.add(new PendingRef(where, item.line(), key));
                }
            });
        }
        List<SourceRef> sources = new ArrayList<>();
        for (YamlNode s : y.list("sources")) {
            if (!s.expectMapping("each source")) {
                continue;
            }
            s.rejectUnknownKeys(SOURCE_FIELDS, "a source");
            String path = s.requiredString("path", "a source");
            if (!path.isEmpty() && !MarkdownRenderer.isRelativeSourcePath(path)) {
                s.problem("source path '" + path + "' must be a relative path inside the repository (no leading '/', no '..', no URL)");
            }
            String repo = s.optionalString("repo", SourceRef.DEFAULT_REPO);
            if (!REPO.matcher(repo).matches()) {
                s.problem("source repo '" + repo + "' must be written owner/name");
            }
            String ref = s.optionalString("ref", SourceRef.DEFAULT_REF);
            sources.add(new SourceRef(repo, ref, path, s.string("symbol").orElse(null)));
        }
        List<String> tags = y.stringList("tags");

        RenderedMarkdown rendered = renderer.render(body, new RenderContext(courseId, sourceBase, where, bodyOffset, problems));
        for (LinkRef link : rendered.lessonLinks()) {
            pendingLinks.add(new PendingLink(where, link));
        }
        return Optional.of(new Lesson(moduleId, number, slug, title, summary, minutes, List.copyOf(objectives),
                List.copyOf(prerequisites), List.copyOf(sources), List.copyOf(tags), rendered.html(), rendered.toc(),
                rendered.anchors(), rendered.chineseCharacters(), where));
    }

    private record PendingRef(String file, int line, LessonKey key) {
    }

    private record PendingLink(String file, LinkRef link) {
    }

    // References are checked once every lesson of the course is known; cleared per course.
    private final List<PendingRef> pendingPrerequisites = new ArrayList<>();
    private final List<PendingLink> pendingLinks = new ArrayList<>();

    private void checkReferences(List<CourseModule> modules, ContentProblems problems) {
        Map<LessonKey, Lesson> lessons = new HashMap<>();
        modules.forEach(m -> m.lessons().forEach(l -> lessons.put(l.key(), l)));
        for (PendingRef ref : pendingPrerequisites) {
            if (!lessons.containsKey(ref.key())) {
                problems.add(ref.file(), ref.line(), "prerequisite '" + ref.key() + "' names a lesson that does not exist");
            }
        }
        for (PendingLink pending : pendingLinks) {
            Lesson target = lessons.get(pending.link().target());
            if (target == null) {
                problems.add(pending.file(), pending.link().line(), "broken link: lesson '" + pending.link().target() + "' does not exist");
            } else if (pending.link().anchor() != null && !target.anchors().contains(pending.link().anchor())) {
                problems.add(pending.file(), pending.link().line(), "broken link: lesson '" + pending.link().target()
                        + "' has no section '#" + pending.link().anchor() + "'");
            }
        }
        pendingPrerequisites.clear();
        pendingLinks.clear();
    }

    private List<QuizFile> findQuizzes(String courseId, Path quizDir, Map<String, CourseModule> modules, ContentProblems problems) {
        List<QuizFile> quizzes = new ArrayList<>();
        if (!Files.isDirectory(quizDir)) {
            return quizzes;
        }
        for (Path moduleDir : list(quizDir, problems)) {
            String moduleId = moduleDir.getFileName().toString();
            if (moduleId.startsWith(".")) {
                continue;
            }
            if (!Files.isDirectory(moduleDir)) {
                problems.add(display(moduleDir), 0, "quizzes belong in a folder named by module id, e.g. quizzes/" + courseId + "/05-controller/");
                continue;
            }
            CourseModule module = modules.get(moduleId);
            if (module == null) {
                problems.add(display(moduleDir), 0, "quiz folder for unknown module '" + moduleId + "'");
                continue;
            }
            for (Path file : list(moduleDir, problems)) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (!name.endsWith(".yaml")) {
                    problems.add(display(file), 0, "quiz files are YAML named <lesson-slug>.yaml or exam.yaml");
                    continue;
                }
                String slug = name.substring(0, name.length() - 5);
                if (slug.equals("exam")) {
                    quizzes.add(new QuizFile(moduleId + ".exam", moduleId, null, display(file)));
                } else if (module.lesson(slug).isEmpty()) {
                    problems.add(display(file), 0, "quiz for an unknown lesson: module " + moduleId + " has no lesson '" + slug + "'");
                } else {
                    quizzes.add(new QuizFile(moduleId + "." + slug, moduleId, slug, display(file)));
                }
            }
        }
        return List.copyOf(quizzes);
    }

    private Optional<YamlNode> readYaml(Path file, ContentProblems problems) {
        return readText(file, problems).flatMap(t -> YamlNode.parse(new StringReader(t), display(file), 0, problems));
    }

    /** Reads strict UTF-8 (a wrong encoding is reported, not silently mangled), normalising line ends. */
    Optional<String> readText(Path file, ContentProblems problems) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n"));
        } catch (CharacterCodingException e) {
            problems.add(display(file), 0, "the file is not valid UTF-8: save it as UTF-8");
        } catch (IOException e) {
            problems.add(display(file), 0, "the file cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private List<Path> list(Path dir, ContentProblems problems) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            problems.add(display(dir), 0, "the folder cannot be listed: " + e.getMessage());
            return List.of();
        }
    }

    /** Paths in messages are relative to the working directory when possible, as authors type them. */
    String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(workingDir) ? workingDir.relativize(abs).toString() : abs.toString();
    }

    /** A hash of every content file of a course, stored with attempts so old results stay interpretable. */
    private static String hash(Path courseDir, Path quizDir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path root : List.of(courseDir, quizDir)) {
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(f));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unknown";
        }
    }
}
