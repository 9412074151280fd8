package academy.course;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.Learner;
import academy.account.LearnerProfile;
import academy.account.LearnerService;
import academy.content.model.Course;
import academy.content.model.LearningPath;
import academy.content.model.Lesson;

/**
 * The learning path a signed-in learner follows now, kept on the learner row, so that a lesson
 * opened from the catalog or a module page still shows "following" and its position on the path.
 * Visitors keep theirs in the browser (see {@code theme.js}); {@code ?path=} always wins.
 */
@ApplicationScoped
public class CurrentPath {

    @Inject
    LearnerService learners;

    /** Remembers the path as the learner's current one (a no-op when it already is). */
    @Transactional
    public void remember(LearnerProfile learner, Course course, LearningPath path) {
        learners.ensure(learner);
        Learner row = Learner.findById(learner.subject());
        if (row != null && !(course.id().equals(row.followingCourse) && path.id().equals(row.followingPath))) {
            row.followingCourse = course.id();
            row.followingPath = path.id();
        }
    }

    /** The learner's current path in this course, if it still exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LearningPath> of(String subject, Course course) {
        return learners.find(subject)
                .filter(l -> course.id().equals(l.followingCourse))
                .flatMap(l -> course.path(l.followingPath));
    }

    /**
     * The path a lesson page follows: the one asked for, else the remembered one when it contains the
     * lesson; null (module order) otherwise.
     */
    public static LearningPath choose(Course course, Lesson lesson, LearningPath asked, LearningPath remembered) {
        if (asked != null && contains(course, asked, lesson)) {
            return asked;
        }
        if (remembered != null && contains(course, remembered, lesson)) {
            return remembered;
        }
        return null;
    }

    /** Ids of the paths that contain the lesson, in the course's order. */
    public static List<String> pathsWith(Course course, Lesson lesson) {
        return course.paths().stream().filter(p -> contains(course, p, lesson)).map(LearningPath::id).toList();
    }

    static boolean contains(Course course, LearningPath path, Lesson lesson) {
        return path.moduleIds().stream().anyMatch(id -> Objects.equals(id, lesson.moduleId()))
                && course.pathLessons(path).contains(lesson);
    }
}
