package academy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import academy.content.ContentLoader;
import academy.content.model.Course;

/**
 * Real queries over the shipped course: each returns the lesson a learner obviously wants first. The
 * index is built exactly as at startup, from the loaded content.
 */
class SearchIndexTest {

    static SearchIndex index;
    static Course course;

    @BeforeAll
    static void buildIndex() {
        ContentLoader.Result result = new ContentLoader().load(Path.of("courses"), Path.of("quizzes"));
        assertTrue(result.problems().isEmpty(), () -> result.problems().report());
        index = new SearchIndex();
        index.build(result.courses());
        course = result.courses().get(0);
    }

    static String firstLesson(String q) {
        return firstLesson(q, null, null);
    }

    static String firstLesson(String q, String module, String path) {
        SearchResults r = index.search(q, module, path, 10);
        assertFalse(r.results().isEmpty(), "no results for " + q);
        SearchHit first = r.results().get(0);
        return first.module() + "/" + first.lesson();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "调度队列, 06-scheduler/scheduling-queue",
            "DeltaFIFO, 05-controller/informer",
            "informer 重新同步, 05-controller/informer",
            "准入控制 顺序, 03-apiserver/admission",
            "kubelet 驱逐, 07-kubelet/eviction-gc",
            "syncLoop, 07-kubelet/syncloop",
            "pkg/scheduler/backend/queue, 06-scheduler/scheduling-queue",
    })
    void realQueriesFindTheRightLessonFirst(String q, String lesson) {
        SearchResults r = index.search(q, null, null, 10);
        assertEquals(lesson, firstLesson(q), () -> q + " → " + r.results().stream().map(h -> h.module() + "/" + h.lesson() + "#" + h.section()).toList());
    }

    /**
     * 工作队列 is explained by the lesson titled "WorkQueue", while 01-overview/control-loop has a whole section
     * named 工作队列: only the glossary (工作队列 ↔ WorkQueue, introduced in 05-controller/workqueue) tells them
     * apart, so this runs once the course has its glossary.yaml.
     */
    @Test
    void workQueueFindsItsLessonThroughTheGlossary() {
        assumeTrue(course.glossary().stream().anyMatch(t -> t.term().equals("工作队列")),
                "needs courses/k8s-internals/glossary.yaml with the term 工作队列");
        SearchResults r = index.search("工作队列", null, null, 10);
        assertEquals("05-controller/workqueue", firstLesson("工作队列"), r.results().toString());
        assertEquals("05-controller/workqueue", firstLesson("WorkQueue"));
        assertEquals("工作队列", r.terms().get(0).term());
    }

    @Test
    void hitsLinkToTheSectionAndHighlightTheMatch() {
        SearchResults r = index.search("DeltaFIFO", null, null, 10);
        SearchHit first = r.results().get(0);
        assertTrue(first.url().startsWith("/courses/k8s-internals/05-controller/informer"), first.url());
        if (!first.section().isEmpty()) {
            assertTrue(first.url().endsWith("#" + first.section()), first.url());
        }
        assertTrue(first.snippet().contains("<mark>DeltaFIFO</mark>"), first.snippet());
        // one hit per lesson
        assertEquals(r.results().size(), r.results().stream().map(h -> h.module() + "/" + h.lesson()).distinct().count());
        // ranked
        for (int i = 1; i < r.results().size(); i++) {
            assertTrue(r.results().get(i - 1).score() >= r.results().get(i).score());
        }
    }

    @Test
    void identifierPartsAlsoMatch() {
        // "backend/queue" is a part of pkg/scheduler/backend/queue; "FIFO" a camelCase part of DeltaFIFO
        assertTrue(index.search("FIFO", null, null, 10).results().stream().anyMatch(h -> h.lesson().equals("informer")));
        assertTrue(index.search("backend/queue", null, null, 3).results().stream().anyMatch(h -> h.lesson().equals("scheduling-queue")));
    }

    @Test
    void snippetsAreEscapedHtmlWithOnlyMarks() {
        for (String q : List.of("DeltaFIFO", "准入控制", "<script>", "a<b")) {
            for (SearchHit h : index.search(q, null, null, 20).results()) {
                String withoutMarks = h.snippet().replace("<mark>", "").replace("</mark>", "");
                assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), h.snippet());
            }
        }
    }

    @Test
    void moduleAndPathFiltersNarrowTheResults() {
        SearchResults all = index.search("驱逐", null, null, 20);
        assertTrue(all.results().stream().map(SearchHit::module).distinct().count() > 1);
        SearchResults kubelet = index.search("驱逐", "07-kubelet", null, 20);
        assertFalse(kubelet.results().isEmpty());
        assertTrue(kubelet.results().stream().allMatch(h -> h.module().equals("07-kubelet")), kubelet.toString());
        // beginner path: 01, 03, 05, 06, 07
        SearchResults beginner = index.search("驱逐", null, "beginner", 20);
        assertTrue(beginner.results().stream().allMatch(h -> List.of("01-overview", "03-apiserver", "05-controller", "06-scheduler", "07-kubelet").contains(h.module())),
                beginner.toString());
        assertTrue(beginner.results().stream().allMatch(h -> h.url().contains("?path=beginner")), beginner.toString());
        SearchResults ops = index.search("驱逐", null, "ops", 20);
        assertTrue(ops.results().stream().noneMatch(h -> h.module().equals("07-kubelet")), ops.toString());
    }

    @Test
    void noMatchSaysSoAndSuggestsTerms() {
        SearchResults r = index.search("DeltaFIFOO", null, null, 10);
        assertTrue(r.results().isEmpty(), r.toString());
        assertTrue(r.suggestions().stream().anyMatch(s -> s.equalsIgnoreCase("deltafifo")), r.suggestions().toString());
        SearchResults nonsense = index.search("量子纠缠态", null, null, 10);
        assertTrue(nonsense.empty(), nonsense.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "?", "~", ":", "(", ")", "\"*?~:(", "AND OR NOT", "+-&&||!{}[]^\\/", "field:value", "a~2", "/regex/",
            "　", "\u0000", "😀", "工作队列*", "'; DROP TABLE x; --"})
    void querySyntaxIsJustText(String q) {
        SearchResults r = index.search(q, null, null, 10);
        assertEquals(q.strip(), r.query());
    }

    @Test
    void anEmptyQueryFindsNothingAndIsNoError() {
        assertTrue(index.search("", null, null, 10).empty());
        assertTrue(index.search("   ", null, null, 10).empty());
        assertTrue(index.search(null, null, null, 10).suggestions().isEmpty());
    }

    @Test
    void theIndexCoversEveryLesson() {
        assertTrue(index.documents() > 131, "documents: " + index.documents());
        assertTrue(index.ramBytesUsed() > 0);
    }
}
