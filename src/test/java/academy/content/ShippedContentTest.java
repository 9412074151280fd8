package academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.LearningPath;

/** The content we ship validates and has the agreed shape: 17 modules, 131 planned lessons, three paths. */
class ShippedContentTest {

    static Course load() {
        ContentLoader.Result result = new ContentLoader().load(Path.of("courses"), Path.of("quizzes"));
        assertTrue(result.problems().isEmpty(), () -> result.problems().report());
        return result.courses().stream().filter(c -> c.id().equals("k8s-internals")).findFirst().orElseThrow();
    }

    @Test
    void shippedCourseValidatesWithTheAgreedOutline() {
        Course course = load();
        assertEquals("Kubernetes 原理深度解析", course.title());
        assertEquals("1.32", course.kubernetesVersion());
        assertEquals("https://github.com/kubernetes/kubernetes/blob/v1.32.0/", course.sourceBase());
        assertEquals(17, course.modules().size());
        assertEquals("01-overview", course.modules().get(0).id());
        assertEquals("17-multicluster", course.modules().get(16).id());
        assertEquals(131, course.modules().stream().mapToInt(CourseModule::plannedLessons).sum());
        assertEquals(List.of("核心组件", "子系统", "开发与运维"), course.groups().stream().map(g -> g.title()).toList());
    }

    @Test
    void learningPathsFollowTheAgreedOrder() {
        Course course = load();
        assertEquals(List.of("beginner", "developer", "ops"), course.paths().stream().map(LearningPath::id).toList());
        assertEquals(List.of("01-overview", "03-apiserver", "05-controller", "06-scheduler", "07-kubelet"),
                course.path("beginner").orElseThrow().moduleIds());
        assertEquals(List.of("12-client-go", "05-controller", "13-operator"), course.path("developer").orElseThrow().moduleIds());
        assertEquals(List.of("04-etcd", "14-ha", "11-performance", "02-debugging"), course.path("ops").orElseThrow().moduleIds());
    }

    @Test
    void noModuleHasMoreLessonsThanPlanned() {
        for (CourseModule m : load().modules()) {
            assertTrue(m.lessons().size() <= m.plannedLessons(), m.id() + " has more lessons than the syllabus plans");
        }
    }
}
