package academy.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.Lesson;
import academy.content.model.QuizFile;
import academy.content.model.SourceRef;

/**
 * The countable part of the quality bar (shared/content-quality.md) over every shipped lesson and quiz:
 * a lesson below the bar fails CI. Accuracy is for people to check.
 */
class ShippedContentQualityTest {

    static final int MIN_CHINESE = 3000;
    static Course course;
    static Set<String> k8sFiles;
    static Set<String> k8sDirs;

    @BeforeAll
    static void load() throws IOException {
        course = ShippedContentTest.load();
        k8sFiles = new HashSet<>();
        k8sDirs = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/k8s-v1.32-files.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            k8sFiles.add(line.strip());
            for (int i = line.indexOf('/'); i > 0; i = line.indexOf('/', i + 1)) {
                k8sDirs.add(line.substring(0, i));
            }
        }
    }

    @Test
    void everyLessonMeetsTheBar() {
        List<String> failures = new ArrayList<>();
        for (CourseModule module : course.modules()) {
            for (Lesson l : module.lessons()) {
                String where = l.file() + ": ";
                if (l.chineseCharacters() < MIN_CHINESE) {
                    failures.add(where + "only " + l.chineseCharacters() + " Chinese characters of prose (at least " + MIN_CHINESE + ")");
                }
                if (!l.html().contains("<pre class=\"mermaid\">")) {
                    failures.add(where + "no Mermaid diagram");
                }
                if (l.sources().size() < 2) {
                    failures.add(where + "fewer than 2 sources");
                }
                for (SourceRef s : l.sources()) {
                    String path = s.path().replaceAll("/$", "");
                    if (s.isKubernetes() && !k8sFiles.contains(path) && !k8sDirs.contains(path)) {
                        failures.add(where + "source " + s.path() + " does not exist in Kubernetes v1.32");
                    }
                }
                for (String anchor : List.of("source-guide", "lab", "pitfalls")) {
                    if (!l.anchors().contains(anchor)) {
                        failures.add(where + "no section {#" + anchor + "}");
                    }
                }
                if (l.html().matches("(?s).*(TODO|TBD|待补充|敬请期待|lorem ipsum).*")) {
                    failures.add(where + "contains placeholder words");
                }
                if (l.html().contains("Licensed under the Apache License")) {
                    failures.add(where + "contains a licence header: pasted source?");
                }
                for (String link : sourceLinks(l.html())) {
                    if (!k8sFiles.contains(link) && !k8sDirs.contains(link)) {
                        failures.add(where + "links to " + link + " which does not exist in Kubernetes v1.32");
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void everyLessonHasAQuizAndEveryModuleWithLessonsAnExam() {
        List<String> failures = new ArrayList<>();
        for (CourseModule module : course.modules()) {
            for (Lesson l : module.lessons()) {
                if (course.lessonQuiz(l.key()).isEmpty()) {
                    failures.add(l.file() + ": no quiz at quizzes/" + course.id() + "/" + module.id() + "/" + l.slug() + ".yaml");
                }
            }
            if (!module.lessons().isEmpty() && course.exam(module.id()).isEmpty()) {
                failures.add(module.id() + ": no module exam at quizzes/" + course.id() + "/" + module.id() + "/exam.yaml");
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void everyQuizMeetsTheBar() throws IOException {
        List<String> failures = new ArrayList<>();
        for (QuizFile quiz : course.quizzes()) {
            ContentProblems problems = new ContentProblems();
            String text = Files.readString(Path.of(quiz.file()), StandardCharsets.UTF_8);
            YamlNode y = YamlNode.parse(new StringReader(text), quiz.file(), 0, problems).orElseThrow();
            CourseModule module = course.module(quiz.moduleId()).orElseThrow();
            Map<String, Lesson> lessons = module.lessons().stream().collect(Collectors.toMap(Lesson::slug, Function.identity()));
            List<YamlNode> questions = y.list("questions");
            Set<String> types = new HashSet<>();
            Set<String> covered = new HashSet<>();
            for (YamlNode q : questions) {
                String id = q.string("id").orElse("?");
                types.add(q.string("type").orElse("?"));
                if (q.string("explanation").filter(s -> !s.isBlank()).isEmpty()) {
                    failures.add(quiz.file() + ":" + q.line() + ": question " + id + " has no explanation");
                }
                String slug = quiz.exam() ? q.string("lesson").orElse("") : quiz.lessonSlug();
                covered.add(slug);
                Lesson lesson = lessons.get(slug);
                String section = q.string("section").orElse("");
                if (lesson == null) {
                    failures.add(quiz.file() + ":" + q.line() + ": question " + id + " names unknown lesson '" + slug + "'");
                } else if (!lesson.anchors().contains(section)) {
                    failures.add(quiz.file() + ":" + q.line() + ": question " + id + " tests section '" + section
                            + "' which is not an anchor of " + slug);
                }
            }
            if (quiz.exam()) {
                if (questions.size() < 12) {
                    failures.add(quiz.file() + ": an exam needs at least 12 questions, has " + questions.size());
                }
                Set<String> missing = new HashSet<>(lessons.keySet());
                missing.removeAll(covered);
                if (!missing.isEmpty()) {
                    failures.add(quiz.file() + ": the exam does not cover lessons " + missing);
                }
            } else {
                if (questions.size() < 6) {
                    failures.add(quiz.file() + ": a lesson quiz needs at least 6 questions, has " + questions.size());
                }
                if (types.size() < 3) {
                    failures.add(quiz.file() + ": a lesson quiz needs at least 3 question types, has " + types);
                }
            }
            if (!problems.isEmpty()) {
                failures.add(problems.report());
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    /** Paths of the v1.32.0 kubernetes/kubernetes links in a rendered lesson. */
    static List<String> sourceLinks(String html) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("https://github\\.com/kubernetes/kubernetes/blob/v1\\.32\\.0/([^\"#?]+)").matcher(html);
        while (m.find()) {
            out.add(m.group(1).replaceAll("/$", ""));
        }
        return out;
    }
}
