package academy.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.account.InsertOnce;
import academy.account.Learner;
import academy.account.LearnerProfile;
import academy.account.LearnerService;
import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.content.model.LearningPath;
import academy.content.model.Lesson;
import academy.content.model.LessonKey;
import academy.quiz.QuizPassed;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The rules of progress: visits, completions, module mastery and path resets. Every method takes the
 * learner from the caller's identity (see {@code CurrentLearner}), never from request data, so one
 * learner can never touch another's rows.
 */
@ApplicationScoped
public class ProgressService {

    @Inject
    LearnerService learners;

    @Inject
    CourseCatalog catalog;

    /**
     * How long a repeated view of the same lesson is not written again. A learner who reloads a page, or reads it
     * in two tabs, would otherwise write a row and take the learner row's lock on every view.
     */
    static final Duration VISIT_REFRESH = Duration.ofSeconds(60);

    /** The visit this instance last wrote per learner, with the learner's progress stamp right after it. */
    private final Map<String, RecentVisit> recentVisits = new java.util.concurrent.ConcurrentHashMap<>();

    /** Bound on {@link #recentVisits}; it is emptied when full (a lost entry only means one more write). */
    static final int RECENT_VISITS_MAX = 20_000;

    record RecentVisit(String courseId, LessonKey lesson, Instant at, long stamp) {
    }

    /**
     * Remembers that the learner opened the lesson now (for "continue where you left off"). A view of the lesson
     * this instance recorded as the learner's latest visit less than {@link #VISIT_REFRESH} ago, with no change
     * to the learner's progress since (the stamp, read by primary key, covers changes made through any
     * instance: another visit, a completion, a reset), writes nothing: the stored visit is already the latest one.
     */
    public void recordVisit(LearnerProfile learner, Course course, Lesson lesson) {
        Instant now = Instant.now();
        RecentVisit recent = recentVisits.get(learner.subject());
        if (recent != null && recent.courseId().equals(course.id()) && recent.lesson().equals(lesson.key())
                && recent.at().isAfter(now.minus(VISIT_REFRESH))) {
            Long stamp = QuarkusTransaction.requiringNew().call(() -> Learner.stampOf(learner.subject()));
            if (stamp != null && stamp == recent.stamp()) {
                return;
            }
        }
        learners.ensure(learner);
        long stamp = InsertOnce.run(() -> {
            Learner.progressChanged(learner.subject());
            // one statement, no row loaded
            if (LessonVisit.update("lastVisitedAt = ?1 where subject = ?2 and courseId = ?3 and moduleId = ?4 and lessonSlug = ?5",
                    now, learner.subject(), course.id(), lesson.moduleId(), lesson.slug()) == 0) {
                LessonVisit visit = new LessonVisit();
                visit.subject = learner.subject();
                visit.courseId = course.id();
                visit.moduleId = lesson.moduleId();
                visit.lessonSlug = lesson.slug();
                visit.firstVisitedAt = now;
                visit.lastVisitedAt = now;
                visit.persistAndFlush();
            }
            Long after = Learner.stampOf(learner.subject());
            return after == null ? -1L : after;
        });
        if (recentVisits.size() >= RECENT_VISITS_MAX) {
            recentVisits.clear();
        }
        recentVisits.put(learner.subject(), new RecentVisit(course.id(), lesson.key(), now, stamp));
    }

    /**
     * Marks the lesson finished. Idempotent: a second mark, a double click or a concurrent request
     * leaves the first completion as it was.
     *
     * @return whether this call recorded the completion
     */
    public boolean markComplete(LearnerProfile learner, Course course, Lesson lesson, LessonCompletion.Source source) {
        learners.ensure(learner);
        return complete(learner.subject(), course.id(), lesson.key(), source);
    }

    /**
     * A passed quiz finishes its lesson, a passed exam masters its module. Runs after the grading
     * transaction committed, in its own transaction: a failure here never undoes a graded attempt.
     */
    void onQuizPassed(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuizPassed passed) {
        learners.ensure(new LearnerProfile(passed.subject(), null, null, null));
        if (passed.exam()) {
            markMastered(passed.subject(), passed.courseId(), passed.moduleId(), passed.scorePercent());
        } else {
            complete(passed.subject(), passed.courseId(), new LessonKey(passed.moduleId(), passed.lessonSlug()),
                    LessonCompletion.Source.QUIZ);
        }
    }

    /** Records a passed module exam, keeping the first pass time and the best score. */
    void markMastered(String subject, String courseId, String moduleId, int scorePercent) {
        Instant now = Instant.now();
        InsertOnce.run(() -> {
            Learner.progressChanged(subject);
            ModuleMastery mastery = ModuleMastery.find(subject, courseId, moduleId);
            if (mastery != null) {
                mastery.scorePercent = Math.max(mastery.scorePercent, scorePercent);
                return false;
            }
            mastery = new ModuleMastery();
            mastery.subject = subject;
            mastery.courseId = courseId;
            mastery.moduleId = moduleId;
            mastery.masteredAt = now;
            mastery.scorePercent = scorePercent;
            mastery.persistAndFlush();
            return true;
        });
    }

    /**
     * Forgets the learner's completions and visits for the lessons of one path's modules. Module
     * mastery stays: it records a passed exam, which the quiz history keeps as well.
     *
     * @return how many rows were removed
     */
    @Transactional
    public long resetPath(LearnerProfile learner, Course course, LearningPath path) {
        List<String> modules = path.moduleIds();
        long removed = LessonCompletion.delete("subject = ?1 and courseId = ?2 and moduleId in ?3",
                learner.subject(), course.id(), modules)
                + LessonVisit.delete("subject = ?1 and courseId = ?2 and moduleId in ?3",
                        learner.subject(), course.id(), modules);
        Learner.progressChanged(learner.subject());
        Log.infof("Learner %s reset path %s/%s (%d rows)", learner.subject(), course.id(), path.id(), removed);
        return removed;
    }

    /** How many rows {@link #resetPath} would remove: shown on the confirmation page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long resetSize(LearnerProfile learner, Course course, LearningPath path) {
        return LessonCompletion.count("subject = ?1 and courseId = ?2 and moduleId in ?3",
                learner.subject(), course.id(), path.moduleIds())
                + LessonVisit.count("subject = ?1 and courseId = ?2 and moduleId in ?3",
                        learner.subject(), course.id(), path.moduleIds());
    }

    /** The learner's progress through the course as it is now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseProgress progress(String subject, Course course) {
        Map<LessonKey, Instant> completed = new HashMap<>();
        LessonCompletion.<LessonCompletion>list("subject = ?1 and courseId = ?2", subject, course.id())
                .forEach(c -> completed.put(new LessonKey(c.moduleId, c.lessonSlug), c.completedAt));
        Map<LessonKey, Instant> visited = new HashMap<>();
        LessonVisit.<LessonVisit>list("subject = ?1 and courseId = ?2", subject, course.id())
                .forEach(v -> visited.put(new LessonKey(v.moduleId, v.lessonSlug), v.lastVisitedAt));
        Map<String, CourseProgress.ModuleResult> mastered = new HashMap<>();
        ModuleMastery.<ModuleMastery>list("subject = ?1 and courseId = ?2", subject, course.id())
                .forEach(m -> mastered.put(m.moduleId, new CourseProgress.ModuleResult(m.masteredAt, m.scorePercent)));
        return new CourseProgress(course, Map.copyOf(completed), Map.copyOf(visited), Map.copyOf(mastered));
    }

    private boolean complete(String subject, String courseId, LessonKey lesson, LessonCompletion.Source source) {
        Instant now = Instant.now();
        return InsertOnce.run(() -> {
            if (LessonCompletion.exists(subject, courseId, lesson.moduleId(), lesson.slug())) {
                return false;
            }
            Learner.progressChanged(subject);
            LessonCompletion completion = new LessonCompletion();
            completion.subject = subject;
            completion.courseId = courseId;
            completion.moduleId = lesson.moduleId();
            completion.lessonSlug = lesson.slug();
            completion.completedAt = now;
            completion.source = source;
            completion.persistAndFlush();
            return true;
        });
    }
}
