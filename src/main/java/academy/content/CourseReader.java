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
import java.util.regex.Pattern;

import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.GlossaryTerm;
import academy.content.model.LearningPath;
import academy.content.model.ModuleGroup;
import academy.content.model.QuizFile;

/**
 * Reads one course folder: course.yaml (groups, learning paths), every module folder, and the list
 * of quiz files under quizzes/&lt;course&gt;/ (their contents are the quiz stage's).
 */
final class CourseReader {

    static final Pattern MODULE_DIR = Pattern.compile("[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> COURSE_FIELDS = Set.of("id", "title", "titleEn", "description", "kubernetesVersion",
            "sourceBase", "groups", "paths");
    private static final Set<String> GROUP_FIELDS = Set.of("id", "title", "titleEn", "modules");
    private static final Set<String> PATH_FIELDS = Set.of("id", "title", "titleEn", "description", "descriptionEn", "modules");

    private final ModuleReader moduleReader = new ModuleReader();

    Optional<Course> read(Path dir, Path quizDir, ContentProblems problems) {
        String folder = dir.getFileName().toString();
        Optional<YamlNode> parsed = ContentFiles.readYaml(dir.resolve("course.yaml"), problems);
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
        String titleEn = y.optionalString("titleEn", null);
        String description = y.requiredString("description", "course.yaml");
        String version = y.requiredString("kubernetesVersion", "course.yaml");
        String sourceBase = y.requiredString("sourceBase", "course.yaml");
        if (!sourceBase.isEmpty() && !(sourceBase.startsWith("https://") && sourceBase.endsWith("/"))) {
            y.get("sourceBase").orElse(y).problem("sourceBase must be an https:// URL ending with '/'");
        }

        GlossaryReader glossaryReader = new GlossaryReader();
        List<GlossaryTerm> glossary = glossaryReader.read(dir, problems);
        LessonReferences references = new LessonReferences();
        List<CourseModule> modules = new ArrayList<>();
        Map<String, Integer> orders = new HashMap<>();
        for (Path moduleDir : ContentFiles.list(dir, problems)) {
            String name = moduleDir.getFileName().toString();
            if (!Files.isDirectory(moduleDir) || name.startsWith(".")) {
                continue;
            }
            if (!MODULE_DIR.matcher(name).matches()) {
                problems.add(ContentFiles.display(moduleDir), 0, "module folder name must look like 05-controller (two digits, dash, lowercase slug)");
                continue;
            }
            moduleReader.read(folder, sourceBase, moduleDir, glossary, references, problems).ifPresent(m -> {
                Integer other = m.order() == 0 ? null : orders.put(String.valueOf(m.order()), 0);
                if (other != null) {
                    problems.add(ContentFiles.display(moduleDir.resolve("module.yaml")), 0, "order " + m.order() + " is used by another module");
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

        references.check(modules, problems);
        glossaryReader.checkLessons(modules, problems);
        List<QuizFile> quizzes = findQuizzes(id, quizDir, byId, problems);
        Course course = new Course(id, title, titleEn, description, version, sourceBase, List.copyOf(groups), List.copyOf(paths),
                List.copyOf(modules), quizzes, ContentFiles.treeHash(dir, quizDir), glossary);
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

    private List<QuizFile> findQuizzes(String courseId, Path quizDir, Map<String, CourseModule> modules, ContentProblems problems) {
        List<QuizFile> quizzes = new ArrayList<>();
        if (!Files.isDirectory(quizDir)) {
            return quizzes;
        }
        for (Path moduleDir : ContentFiles.list(quizDir, problems)) {
            String moduleId = moduleDir.getFileName().toString();
            if (moduleId.startsWith(".")) {
                continue;
            }
            if (!Files.isDirectory(moduleDir)) {
                problems.add(ContentFiles.display(moduleDir), 0, "quizzes belong in a folder named by module id, e.g. quizzes/" + courseId + "/05-controller/");
                continue;
            }
            CourseModule module = modules.get(moduleId);
            if (module == null) {
                problems.add(ContentFiles.display(moduleDir), 0, "quiz folder for unknown module '" + moduleId + "'");
                continue;
            }
            for (Path file : ContentFiles.list(moduleDir, problems)) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (!name.endsWith(".yaml")) {
                    problems.add(ContentFiles.display(file), 0, "quiz files are YAML named <lesson-slug>.yaml or exam.yaml");
                    continue;
                }
                String slug = name.substring(0, name.length() - 5);
                if (slug.equals("exam")) {
                    quizzes.add(new QuizFile(moduleId + ".exam", moduleId, null, ContentFiles.display(file)));
                } else if (module.lesson(slug).isEmpty()) {
                    problems.add(ContentFiles.display(file), 0, "quiz for an unknown lesson: module " + moduleId + " has no lesson '" + slug + "'");
                } else {
                    quizzes.add(new QuizFile(moduleId + "." + slug, moduleId, slug, ContentFiles.display(file)));
                }
            }
        }
        return List.copyOf(quizzes);
    }
}
