package academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import academy.content.model.Course;
import academy.content.model.GlossaryTerm;
import academy.content.model.Lesson;
import academy.content.model.LessonKey;
import academy.testsupport.FixtureTrees;

/** glossary.yaml: the good fixture loads into records and links first uses; every kind of mistake is reported with file and line. */
class GlossaryLoaderTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixtures/glossary");

    @TempDir
    Path tmp;

    Path glossary;

    @BeforeEach
    void copyFixture() throws IOException {
        FixtureTrees.copy(FIXTURE, tmp);
        glossary = tmp.resolve("courses/demo/glossary.yaml");
    }

    ContentLoader.Result load() {
        return new ContentLoader().load(tmp.resolve("courses"), tmp.resolve("quizzes"));
    }

    List<String> problems(String yaml) throws IOException {
        Files.writeString(glossary, yaml, StandardCharsets.UTF_8);
        return load().problems().sorted().stream().map(Object::toString).toList();
    }

    @Test
    void glossaryLoadsIntoTheCourse() {
        ContentLoader.Result result = load();
        assertTrue(result.problems().isEmpty(), () -> result.problems().report());
        Course course = result.courses().get(0);
        assertEquals(List.of("scheduler", "informer"), course.glossary().stream().map(GlossaryTerm::id).toList());
        GlossaryTerm scheduler = course.term("scheduler").orElseThrow();
        assertEquals("调度器", scheduler.term());
        assertEquals("Scheduler", scheduler.en());
        assertEquals(List.of("kube-scheduler"), scheduler.aliases());
        assertEquals(new LessonKey("01-basics", "first"), scheduler.lesson());
        assertEquals("负责为每个待调度的 Pod 选择节点的控制平面组件，结果写回 <code>spec.nodeName</code>。", scheduler.definitionHtml());
        // folded block scalar: one line of text
        assertEquals("客户端侧的缓存与事件分发机制：List 一次、Watch 增量，把变化交给注册的处理函数。".replace("，把", "， 把"),
                course.term("informer").orElseThrow().definition());
    }

    @Test
    void aCourseWithoutGlossaryHasNone() throws IOException {
        Files.delete(glossary);
        ContentLoader.Result result = load();
        assertTrue(result.problems().isEmpty(), () -> result.problems().report());
        assertTrue(result.courses().get(0).glossary().isEmpty());
    }

    @Test
    void firstUseInProseIsLinkedNotCodeHeadingsOrLinks() {
        Lesson first = load().courses().get(0).lesson(new LessonKey("01-basics", "first")).orElseThrow();
        String html = first.html();
        assertEquals(List.of("scheduler", "informer"), first.glossaryTerms());
        // the first 调度器 of the prose is linked, once
        assertTrue(html.contains("介绍<a href=\"/glossary#scheduler\" class=\"term-link\">调度器</a>。"), html);
        assertEquals(1, count(html, "/glossary#scheduler"), html);
        // Informer: not in the heading, not in code, the first prose use (case-insensitive, whole word)
        assertTrue(html.contains("<h2 id=\"terms\">调度器与 Informer</h2>"), html);
        assertTrue(html.contains("<code>Informer</code>"), html);
        assertTrue(html.contains("正文里的 <a href=\"/glossary#informer\" class=\"term-link\">informer</a> 才算"), html);
        assertEquals(1, count(html, "/glossary#informer"), html);
        // link text is not relinked
        assertTrue(html.contains(">调度器源码</a>"), html);
    }

    static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void everyMistakeIsReportedWithFileAndLine() throws IOException {
        List<String> problems = problems("""
                terms:
                  - id: Bad_Id
                    term: 调度器
                    en: Scheduler
                    lesson: 01-basics/first
                    definition: 负责为每个待调度的 Pod 选择节点的控制平面组件。
                    colour: blue
                  - id: informer
                    term: Informer
                    en: SCHEDULER
                    aliases: 通知器
                    lesson: 01-basics/nope
                    definition: 太短。
                  - id: informer
                    term: 通知
                    en: Notify
                    aliases: [[a, b]]
                    lesson: nonsense
                    definition: 客户端侧的缓存与事件分发机制：List 一次、Watch 增量，把变化交给注册的处理函数。
                  - id: missing
                """);
        String f = "glossary.yaml";
        assertHas(problems, f + ":2: term id 'Bad_Id' must be lowercase");
        assertHas(problems, f + ":7: unknown field 'colour' in a glossary term");
        assertHas(problems, f + ":8: 'SCHEDULER' of term 'informer' is already a name of term 'Bad_Id'");
        assertHas(problems, f + ":11: 'aliases' must be a list of strings");
        assertHas(problems, f + ":12: term 'informer' names lesson '01-basics/nope', which does not exist");
        assertHas(problems, f + ":13: the definition of term 'informer' has 3 characters: write 20 to 240");
        assertHas(problems, f + ":14: duplicate term id 'informer'");
        assertHas(problems, f + ":17: each alias must be a single string");
        assertHas(problems, f + ":18: lesson 'nonsense' must be written <module-id>/<slug>");
        assertHas(problems, f + ":20: missing required field 'term' in term 'missing'");
        assertHas(problems, f + ":20: missing required field 'en' in term 'missing'");
        assertHas(problems, f + ":20: missing required field 'lesson' in term 'missing'");
        assertHas(problems, f + ":20: missing required field 'definition' in term 'missing'");
        assertTrue(problems.stream().allMatch(p -> p.startsWith(ContentFiles.display(glossary))), problems.toString());
    }

    @Test
    void syntaxErrorsAndAWrongShapeAreReported() throws IOException {
        assertHas(problems("terms: [\n  - id: x\n"), "glossary.yaml:");
        assertHas(problems("- id: x\n"), "glossary.yaml:1: glossary.yaml must be a mapping");
        assertHas(problems("term:\n  - id: x\n"), "glossary.yaml:1: unknown field 'term' in glossary.yaml");
    }

    static void assertHas(List<String> problems, String part) {
        assertFalse(problems.stream().noneMatch(p -> p.contains(part)), "expected a problem containing <" + part + "> in " + problems);
    }
}
