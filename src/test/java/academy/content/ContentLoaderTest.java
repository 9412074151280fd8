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
import academy.content.model.CourseModule;
import academy.content.model.Lesson;
import academy.testsupport.FixtureTrees;

/** The loader over small fixture trees: the good one loads, each kind of mistake is reported with its file. */
class ContentLoaderTest {

    static final Path VALID = Path.of("src/test/resources/fixtures/valid");

    @TempDir
    Path tmp;

    Path courses;
    Path quizzes;

    @BeforeEach
    void copyValidFixture() throws IOException {
        FixtureTrees.copy(VALID, tmp);
        courses = tmp.resolve("courses");
        quizzes = tmp.resolve("quizzes");
    }

    @Test
    void validTreeLoadsIntoRecords() {
        ContentLoader.Result result = new ContentLoader().load(courses, quizzes);
        assertTrue(result.problems().isEmpty(), () -> result.problems().report());
        Course course = result.courses().get(0);
        assertEquals("demo", course.id());
        assertEquals(List.of("01-basics", "02-advanced", "03-later"), course.modules().stream().map(CourseModule::id).toList());
        assertEquals(3, course.paths().size());
        assertEquals(List.of("02-advanced", "01-basics", "03-later"), course.path("ops").orElseThrow().moduleIds());
        CourseModule basics = course.module("01-basics").orElseThrow();
        assertEquals(List.of("first", "second"), basics.lessons().stream().map(Lesson::slug).toList());
        assertTrue(course.module("03-later").orElseThrow().comingSoon());

        Lesson first = basics.lessons().get(0);
        assertEquals("第一课", first.title());
        assertEquals(10, first.minutes());
        assertEquals("https://github.com/kubernetes/kubernetes/blob/v1.32.0/pkg/scheduler/scheduler.go", first.sources().get(0).url());
        assertEquals("https://github.com/kubernetes/client-go/blob/v0.32.0/tools/cache/reflector.go", first.sources().get(1).url());
        assertTrue(first.anchors().containsAll(List.of("why", "lab")), first.anchors().toString());
        assertTrue(first.html().contains("href=\"/courses/demo/01-basics/second#lab\""), first.html());
        assertEquals("01-basics/first", basics.lessons().get(1).prerequisites().get(0).toString());
        assertEquals(1, course.quizzes().size());
        assertEquals("01-basics.first", course.quizzes().get(0).id());
        assertEquals(16, course.contentHash().length());
    }

    @Test
    void yamlSyntaxErrorIsReportedWithLine() throws IOException {
        write("courses/demo/01-basics/module.yaml", "title: 基础\nsummary: [unclosed\norder: 1\n");
        assertProblem("courses/demo/01-basics/module.yaml", "YAML syntax error");
    }

    @Test
    void missingRequiredFieldNamesTheField() throws IOException {
        replace("courses/demo/01-basics/01-first.md", "title: 第一课\n", "");
        assertProblem("courses/demo/01-basics/01-first.md:2", "missing required field 'title'");
    }

    @Test
    void wrongTypeIsReported() throws IOException {
        replace("courses/demo/01-basics/01-first.md", "minutes: 10", "minutes: ten");
        assertProblem("courses/demo/01-basics/01-first.md:4", "'minutes' must be a whole number");
    }

    @Test
    void unknownFieldIsReportedAsLikelyTypo() throws IOException {
        replace("courses/demo/01-basics/01-first.md", "minutes: 10", "minutes: 10\ntitel: x");
        assertProblem("courses/demo/01-basics/01-first.md:5", "unknown field 'titel'");
    }

    @Test
    void duplicateSlugsAndNumbersAreReported() throws IOException {
        write("courses/demo/01-basics/03-first.md", read("courses/demo/01-basics/01-first.md"));
        write("courses/demo/01-basics/02-other.md", read("courses/demo/01-basics/02-second.md"));
        String report = report();
        assertTrue(report.contains("courses/demo/01-basics/03-first.md: duplicate lesson slug 'first'"), report);
        assertTrue(report.contains("lesson number 02 is also used by"), report);
    }

    @Test
    void pathNamingUnknownModuleIsReported() throws IOException {
        replace("courses/demo/course.yaml", "modules: [01-basics, 02-advanced]\n  - id: ops", "modules: [01-basics, 09-missing]\n  - id: ops");
        assertProblem("courses/demo/course.yaml:21", "path 'beginner' names unknown module '09-missing'");
    }

    @Test
    void prerequisiteNamingUnknownLessonIsReported() throws IOException {
        replace("courses/demo/01-basics/02-second.md", "prerequisites: [01-basics/first]", "prerequisites: [01-basics/nothing]");
        assertProblem("courses/demo/01-basics/02-second.md:6", "prerequisite '01-basics/nothing' names a lesson that does not exist");
    }

    @Test
    void brokenLessonLinkIsReportedWithLine() throws IOException {
        replace("courses/demo/02-advanced/01-deep.md", "lesson:01-basics/first", "lesson:01-basics/missing");
        assertProblem("courses/demo/02-advanced/01-deep.md:14", "broken link: lesson '01-basics/missing' does not exist");
    }

    @Test
    void moduleRelatedLessonsMustExistAndPlannedTitlesAreKept() throws IOException {
        replace("courses/demo/03-later/module.yaml", "related: [02-advanced/deep]", "related: [02-advanced/nope, deep]");
        assertProblem("courses/demo/03-later/module.yaml:10", "related lesson '02-advanced/nope' names a lesson that does not exist");
        assertProblem("courses/demo/03-later/module.yaml:10", "related lesson 'deep' must be written <module-id>/<slug>");
    }

    @Test
    void englishTitlesAreOptionalAndMustBeText() throws IOException {
        Course course = new ContentLoader().load(courses, quizzes).courses().get(0);
        assertEquals("A deeper lesson", course.lesson(new academy.content.model.LessonKey("02-advanced", "deep")).orElseThrow().titleEn());
        assertEquals(null, course.lesson(new academy.content.model.LessonKey("01-basics", "first")).orElseThrow().titleEn());
        assertEquals(List.of("以后的第一课", "以后的第二课", "以后的第三课"), course.module("03-later").orElseThrow().plannedTitles());
        assertEquals("02-advanced/deep", course.relatedLessons(course.module("03-later").orElseThrow()).get(0).key().toString());
        replace("courses/demo/02-advanced/01-deep.md", "titleEn: A deeper lesson", "titleEn: [not, text]");
        assertProblem("courses/demo/02-advanced/01-deep.md:3", "'titleEn'");
    }

    @Test
    void linkToMissingSectionIsReported() throws IOException {
        replace("courses/demo/01-basics/01-first.md", "second#lab", "second#nowhere");
        assertProblem("courses/demo/01-basics/01-first.md", "has no section '#nowhere'");
    }

    @Test
    void badLessonFileNameIsReported() throws IOException {
        write("courses/demo/01-basics/Intro.md", read("courses/demo/01-basics/01-first.md"));
        assertProblem("courses/demo/01-basics/Intro.md", "lesson file name must be NN-slug.md");
    }

    @Test
    void absoluteSourcePathIsReported() throws IOException {
        replace("courses/demo/01-basics/02-second.md", "path: pkg/kubelet/kubelet.go", "path: /pkg/kubelet/kubelet.go");
        replace("courses/demo/01-basics/02-second.md", "path: cmd/kubelet/kubelet.go", "path: https://example.com/x.go");
        String report = report();
        assertTrue(report.contains("02-second.md:8: source path '/pkg/kubelet/kubelet.go' must be a relative path"), report);
        assertTrue(report.contains("02-second.md:9: source path 'https://example.com/x.go' must be a relative path"), report);
    }

    @Test
    void missingFrontMatterIsReported() throws IOException {
        write("courses/demo/02-advanced/01-deep.md", "# 没有 front matter\n");
        assertProblem("courses/demo/02-advanced/01-deep.md:1", "must start with YAML front matter");
    }

    @Test
    void quizForUnknownLessonIsReported() throws IOException {
        write("quizzes/demo/01-basics/ghost.yaml", "id: 01-basics.ghost\n");
        assertProblem("quizzes/demo/01-basics/ghost.yaml", "quiz for an unknown lesson");
    }

    @Test
    void moduleOutsideEveryGroupIsReported() throws IOException {
        replace("courses/demo/course.yaml", "modules: [03-later]", "modules: []");
        assertProblem("courses/demo/course.yaml", "module '03-later' is in no group");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        replace("courses/demo/01-basics/01-first.md", "minutes: 10", "minutes: -5");
        replace("courses/demo/02-advanced/module.yaml", "order: 2", "order: x");
        write("courses/demo/03-later/1-bad.md", "x");
        ContentProblems problems = new ContentLoader().load(courses, quizzes).problems();
        assertEquals(3, problems.sorted().size(), problems.report());
    }

    @Test
    void invalidUtf8IsReported() throws IOException {
        Files.write(courses.resolve("demo/02-advanced/01-deep.md"), new byte[] { '-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28 });
        assertProblem("courses/demo/02-advanced/01-deep.md", "not valid UTF-8");
    }

    private void assertProblem(String where, String what) {
        String report = report();
        assertFalse(report.isEmpty());
        boolean found = report.lines().anyMatch(l -> l.contains(where) && l.contains(what));
        assertTrue(found, "expected a problem at " + where + " saying " + what + " in:\n" + report);
    }

    private String report() {
        ContentProblems problems = new ContentLoader().load(courses, quizzes).problems();
        return problems.isEmpty() ? "" : problems.report().replace(tmp.toString() + "/", "");
    }

    private String read(String rel) throws IOException {
        return Files.readString(tmp.resolve(rel), StandardCharsets.UTF_8);
    }

    private void write(String rel, String text) throws IOException {
        Files.createDirectories(tmp.resolve(rel).getParent());
        Files.writeString(tmp.resolve(rel), text, StandardCharsets.UTF_8);
    }

    private void replace(String rel, String from, String to) throws IOException {
        String text = read(rel);
        assertTrue(text.contains(from), "fixture " + rel + " lacks: " + from);
        write(rel, text.replace(from, to));
    }
}
