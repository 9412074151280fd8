package academy.progress;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import academy.account.CurrentLearner;
import academy.account.LearnerProfile;
import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.Lesson;

/**
 * {@code GET /api/me/progress}: the caller's progress for integrations, with the browser session or a
 * bearer token from the same realm. Only lessons that exist in the content now are listed.
 */
@Path("/api/me/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressApi {

    /** The caller and their progress in every course. */
    public record LearnerProgressDto(String subject, String username, List<CourseDto> courses) {
    }

    public record CourseDto(String id, String title, int completedLessons, int totalLessons, int percent,
            List<ModuleDto> modules) {
    }

    public record ModuleDto(String id, String title, int completedLessons, int totalLessons, int percent,
            boolean examPassed, Instant examPassedAt, List<LessonDto> lessons) {
    }

    /** @param status {@code completed}, {@code visited} or {@code not-started} */
    public record LessonDto(String slug, String title, String status, Instant completedAt, Instant lastVisitedAt) {
    }

    @Inject
    CurrentLearner account;

    @Inject
    CourseCatalog catalog;

    @Inject
    ProgressService progress;

    @GET
    public LearnerProgressDto get() {
        LearnerProfile learner = account.require();
        List<CourseDto> courses = catalog.courses().stream()
                .map(c -> course(progress.progress(learner.subject(), c))).toList();
        return new LearnerProgressDto(learner.subject(), learner.username(), courses);
    }

    private static CourseDto course(CourseProgress p) {
        Course course = p.course();
        Ratio overall = p.overall();
        return new CourseDto(course.id(), course.title(), overall.done(), overall.total(), overall.percent(),
                course.modules().stream().map(m -> module(p, m)).toList());
    }

    private static ModuleDto module(CourseProgress p, CourseModule module) {
        Ratio ratio = p.module(module);
        CourseProgress.ModuleResult exam = p.mastery(module.id()).orElse(null);
        return new ModuleDto(module.id(), module.title(), ratio.done(), ratio.total(), ratio.percent(),
                exam != null, exam == null ? null : exam.at(),
                module.lessons().stream().map(l -> lesson(p, l)).toList());
    }

    private static LessonDto lesson(CourseProgress p, Lesson lesson) {
        String status = p.done(lesson) ? "completed" : p.visitedAt(lesson) != null ? "visited" : "not-started";
        return new LessonDto(lesson.slug(), lesson.title(), status, p.completedAt(lesson), p.visitedAt(lesson));
    }
}
