package academy.progress;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import academy.account.CurrentLearner;
import academy.account.LearnerProfile;
import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.content.model.CourseModule;
import academy.content.model.LearningPath;
import academy.content.model.Lesson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The learner's dashboard and the progress actions. Every action works on the signed-in learner only:
 * forms name a lesson or path, never a learner. Actions are POST and redirect to a GET.
 */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
public class MePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(String name, List<CourseProgress> courses, LearningPath resetDone);

        static native TemplateInstance confirmReset(Course course, LearningPath path, long records);
    }

    @Inject
    CurrentLearner account;

    @Inject
    CourseCatalog catalog;

    @Inject
    ProgressService progress;

    @Inject
    ProgressView progressView; // the request's progress: what-to-read-next on the same page reads the same rows

    @GET
    public TemplateInstance dashboard(@QueryParam("reset") String reset) {
        LearnerProfile learner = account.require();
        List<CourseProgress> courses = catalog.courses().stream()
                .map(progressView::of).toList();
        LearningPath resetDone = null;
        if (reset != null) {
            resetDone = catalog.courses().stream().flatMap(c -> c.path(reset).stream()).findFirst().orElse(null);
        }
        return Templates.dashboard(learner.shownName(), courses, resetDone);
    }

    @POST
    @Path("complete")
    public Response markComplete(@FormParam("course") String courseId, @FormParam("module") String moduleId,
            @FormParam("lesson") String lessonSlug, @FormParam("path") String pathId) {
        LearnerProfile learner = account.require();
        Course course = course(courseId);
        CourseModule module = course.module(required(moduleId)).orElseThrow(NotFoundException::new);
        Lesson lesson = module.lesson(required(lessonSlug)).orElseThrow(NotFoundException::new);
        progress.markComplete(learner, course, lesson, LessonCompletion.Source.MANUAL);
        String query = pathId != null && course.path(pathId).isPresent() ? "?path=" + pathId : "";
        return Response.seeOther(URI.create("/courses/" + course.id() + "/" + module.id() + "/" + lesson.slug()
                + query + "#progress")).build();
    }

    @GET
    @Path("reset")
    public TemplateInstance confirmReset(@QueryParam("course") String courseId, @QueryParam("path") String pathId) {
        LearnerProfile learner = account.require();
        Course course = course(courseId);
        LearningPath path = course.path(required(pathId)).orElseThrow(NotFoundException::new);
        return Templates.confirmReset(course, path, progress.resetSize(learner, course, path));
    }

    @POST
    @Path("reset")
    public Response reset(@FormParam("course") String courseId, @FormParam("path") String pathId) {
        LearnerProfile learner = account.require();
        Course course = course(courseId);
        LearningPath path = course.path(required(pathId)).orElseThrow(NotFoundException::new);
        progress.resetPath(learner, course, path);
        return Response.seeOther(URI.create("/me?reset=" + path.id())).build();
    }

    private Course course(String courseId) {
        return catalog.course(required(courseId)).orElseThrow(NotFoundException::new);
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("missing form field");
        }
        return value;
    }
}
