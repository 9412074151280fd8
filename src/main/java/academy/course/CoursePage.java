package academy.course;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import academy.account.CurrentLearner;
import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.LearningPath;
import academy.content.model.Lesson;
import academy.progress.ProgressView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Course overview, learning paths, module and lesson pages. URLs are part of the interface: keep them. */
@Path("/courses/{courseId}")
@Produces(MediaType.TEXT_HTML)
public class CoursePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Course course);

        static native TemplateInstance path(Course course, LearningPath path, List<Lesson> lessons);

        static native TemplateInstance module(Course course, CourseModule module);

        static native TemplateInstance lesson(Course course, CourseModule module, Lesson lesson,
                List<Lesson> prerequisites, LessonNavigation nav, List<String> pathChoices);
    }

    @Inject
    CourseCatalog catalog;

    @Inject
    ProgressView progress;

    @Inject
    CurrentLearner account;

    @Inject
    CurrentPath currentPath;

    @GET
    public TemplateInstance overview(@PathParam("courseId") String courseId) {
        return Templates.overview(course(courseId));
    }

    @GET
    @Path("paths/{pathId}")
    public TemplateInstance path(@PathParam("courseId") String courseId, @PathParam("pathId") String pathId) {
        Course course = course(courseId);
        LearningPath path = course.path(pathId).orElseThrow(NotFoundException::new);
        if (account.signedIn()) {
            currentPath.remember(account.require(), course, path);
        }
        return Templates.path(course, path, course.pathLessons(path));
    }

    @GET
    @Path("{moduleId}")
    public TemplateInstance module(@PathParam("courseId") String courseId, @PathParam("moduleId") String moduleId) {
        Course course = course(courseId);
        return Templates.module(course, course.module(moduleId).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("{moduleId}/{lessonSlug}")
    public TemplateInstance lesson(@PathParam("courseId") String courseId, @PathParam("moduleId") String moduleId,
            @PathParam("lessonSlug") String lessonSlug, @QueryParam("path") String pathId) {
        Course course = course(courseId);
        CourseModule module = course.module(moduleId).orElseThrow(NotFoundException::new);
        Lesson lesson = module.lesson(lessonSlug).orElseThrow(NotFoundException::new);
        LearningPath asked = pathId == null ? null : course.path(pathId).orElse(null);
        LearningPath path;
        if (account.signedIn()) {
            LearningPath remembered = currentPath.of(account.subject(), course).orElse(null);
            path = CurrentPath.choose(course, lesson, asked, remembered);
            if (asked != null && asked.equals(path)) {
                currentPath.remember(account.require(), course, asked);
            }
        } else {
            path = CurrentPath.choose(course, lesson, asked, null);
        }
        progress.visited(course, lesson);
        List<Lesson> prerequisites = lesson.prerequisites().stream()
                .map(course::lesson).flatMap(java.util.Optional::stream).toList();
        return Templates.lesson(course, module, lesson, prerequisites, LessonNavigation.of(course, lesson, path),
                account.signedIn() || path != null ? List.of() : CurrentPath.pathsWith(course, lesson));
    }

    private Course course(String courseId) {
        return catalog.course(courseId).orElseThrow(NotFoundException::new);
    }
}
