package academy.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import academy.content.model.Course;
import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * The loaded course content: built once at startup, validated as a whole, then only read.
 * Invalid content stops the application with the full list of problems.
 */
@ApplicationScoped
public class CourseCatalog {

    @Inject
    ContentConfig config;

    @Inject
    Instance<ContentExtension> extensions;

    @Inject
    Event<ContentLoaded> contentLoaded;

    private volatile List<Course> courses;
    private volatile InvalidContentException invalid;

    /** Whether the content failed validation at startup (the application then exits with code 2). */
    public boolean invalid() {
        return invalid != null;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            load();
        } catch (InvalidContentException e) {
            if (LaunchMode.current() == LaunchMode.TEST) {
                throw e;
            }
            // The author needs the list, not a stack trace. AcademyMain ends the application with exit
            // code 2 through Quarkus' normal shutdown (hooks run); until then readiness is DOWN and no
            // page serves half a course.
            System.err.println(e.getMessage());
            System.err.flush();
            invalid = e;
        }
    }

    void load() {
        long started = System.nanoTime();
        ContentLoader.Result result = new ContentLoader().load(Path.of(config.coursesDir()), Path.of(config.quizzesDir()));
        ContentProblems problems = result.problems();
        if (problems.isEmpty()) {
            for (ContentExtension extension : extensions) {
                extension.load(result.courses(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        courses = result.courses();
        for (Course c : courses) {
            Log.infof("Loaded course %s: %d modules, %d lessons, %d quizzes (content %s) in %d ms", c.id(),
                    c.modules().size(), c.lessonCount(), c.quizzes().size(), c.contentHash(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        contentLoaded.fire(new ContentLoaded(courses));
    }

    public boolean loaded() {
        return courses != null;
    }

    public List<Course> courses() {
        return courses == null ? List.of() : courses;
    }

    public Optional<Course> course(String id) {
        return courses().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The course the home page features: the first one. */
    public Optional<Course> featured() {
        return courses().stream().findFirst();
    }
}
