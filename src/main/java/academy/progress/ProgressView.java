package academy.progress;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import academy.account.CurrentLearner;
import academy.content.model.Course;
import academy.content.model.Lesson;

/**
 * Progress for templates ({@code inject:progress}): the signed-in learner's progress, loaded once per
 * request and course; empty progress for visitors, so pages render the same markup either way.
 */
@Named("progress")
@RequestScoped
public class ProgressView {

    @Inject
    CurrentLearner account;

    @Inject
    ProgressService service;

    private final Map<String, CourseProgress> loaded = new HashMap<>();

    public boolean tracked() {
        return account.signedIn();
    }

    public CourseProgress of(Course course) {
        if (!account.signedIn()) {
            return CourseProgress.none(course);
        }
        return loaded.computeIfAbsent(course.id(), id -> service.progress(account.subject(), course));
    }

    /** Called by the lesson page: remembers the visit of a signed-in learner, does nothing for visitors. */
    public void visited(Course course, Lesson lesson) {
        if (account.signedIn()) {
            service.recordVisit(account.require(), course, lesson);
            loaded.remove(course.id());
        }
    }
}
