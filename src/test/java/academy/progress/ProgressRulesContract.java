package academy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import academy.account.Learner;
import academy.account.LearnerProfile;
import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.content.model.Lesson;
import academy.content.model.LessonKey;
import academy.quiz.QuizPassed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * The progress rules against a real database; run on H2 ({@link ProgressRulesTest}) and PostgreSQL
 * ({@link PostgresProgressRulesTest}). Each test uses its own learner, so tests never share rows.
 */
abstract class ProgressRulesContract {

    @Inject
    ProgressService progress;

    @Inject
    CourseCatalog catalog;

    @Inject
    Event<QuizPassed> quizPassed;

    Course course() {
        return catalog.course("demo").orElseThrow();
    }

    Lesson lesson(String moduleId, String slug) {
        return course().lesson(new LessonKey(moduleId, slug)).orElseThrow();
    }

    static LearnerProfile newLearner() {
        String subject = "subject-" + UUID.randomUUID();
        return new LearnerProfile(subject, "user-" + subject.substring(8, 16), "Test Learner", null);
    }

    static long completions(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> LessonCompletion.count("subject", subject));
    }

    @Test
    void markingTwiceKeepsTheFirstCompletion() {
        LearnerProfile learner = newLearner();
        assertTrue(progress.markComplete(learner, course(), lesson("01-basics", "first"), LessonCompletion.Source.MANUAL));
        assertFalse(progress.markComplete(learner, course(), lesson("01-basics", "first"), LessonCompletion.Source.MANUAL));
        assertEquals(1, completions(learner.subject()));
        assertEquals("Test Learner",
                QuarkusTransaction.requiringNew().call(() -> Learner.<Learner>findById(learner.subject()).displayName));
    }

    @Test
    void parallelMarksLeaveExactlyOneRow() throws Exception {
        LearnerProfile learner = newLearner();
        Lesson lesson = lesson("01-basics", "second");
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> mark = () -> {
                    start.await();
                    return progress.markComplete(learner, course(), lesson, LessonCompletion.Source.MANUAL);
                };
                results.add(pool.submit(mark));
            }
            start.countDown();
            int inserted = 0;
            for (Future<Boolean> result : results) {
                inserted += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, inserted, "exactly one request records the completion");
            assertEquals(1, completions(learner.subject()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void progressIsDerivedFromTheContentAndIgnoresRemovedLessons() {
        LearnerProfile learner = newLearner();
        progress.markComplete(learner, course(), lesson("01-basics", "first"), LessonCompletion.Source.MANUAL);
        QuarkusTransaction.requiringNew().run(() -> {
            // a lesson that was later removed from the content
            LessonCompletion gone = new LessonCompletion();
            gone.subject = learner.subject();
            gone.courseId = "demo";
            gone.moduleId = "01-basics";
            gone.lessonSlug = "removed-lesson";
            gone.completedAt = java.time.Instant.now();
            gone.source = LessonCompletion.Source.MANUAL;
            gone.persist();
        });
        CourseProgress p = progress.progress(learner.subject(), course());
        assertEquals(new Ratio(1, 2), p.module(course().module("01-basics").orElseThrow()));
        assertEquals(new Ratio(1, 3), p.overall());
        assertEquals(33, p.path(course().path("beginner").orElseThrow()).percent());
        assertEquals("second", p.next(course().path("beginner").orElseThrow()).slug());
        assertEquals(2, completions(learner.subject()), "the removed lesson's row is kept");
    }

    @Test
    void aRepeatedViewWritesNothingUntilTheLearnersProgressChanges() {
        LearnerProfile learner = newLearner();
        Course course = course();
        Lesson first = lesson("01-basics", "first");
        progress.recordVisit(learner, course, first);
        long stamp = stamp(learner.subject());
        java.time.Instant seen = visits(learner.subject()).get(first.key());
        for (int i = 0; i < 5; i++) {
            progress.recordVisit(learner, course, first); // a reload, a second tab
        }
        assertEquals(stamp, stamp(learner.subject()), "no write for views of the latest visited lesson");
        assertEquals(seen, visits(learner.subject()).get(first.key()));

        // another lesson is written, and so is the way back to the first one
        Lesson second = lesson("01-basics", "second");
        progress.recordVisit(learner, course, second);
        assertEquals(stamp + 1, stamp(learner.subject()));
        progress.recordVisit(learner, course, first);
        assertEquals(stamp + 2, stamp(learner.subject()));
        java.util.Map<LessonKey, java.time.Instant> visits = visits(learner.subject());
        assertFalse(visits.get(first.key()).isBefore(visits.get(second.key())), "the first lesson is the latest visit again: " + visits);

        // any change to the learner's progress (here a reset, as another instance could make it) writes the next view
        progress.resetPath(learner, course, course.path("beginner").orElseThrow());
        assertTrue(visits(learner.subject()).isEmpty());
        progress.recordVisit(learner, course, first);
        assertTrue(visits(learner.subject()).containsKey(first.key()),
                "the view after the reset is stored although the same lesson was seen a moment ago");
    }

    /** Read in a transaction of its own: the test's request-scoped session would answer with the rows it loaded before. */
    java.util.Map<LessonKey, java.time.Instant> visits(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> progress.progress(subject, course()).visited());
    }

    static long stamp(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> Learner.stampOf(subject));
    }

    @Test
    void resetForgetsOnePathsLessonsOnlyForThatLearner() {
        LearnerProfile learner = newLearner();
        LearnerProfile other = newLearner();
        Course course = course();
        progress.markComplete(learner, course, lesson("01-basics", "first"), LessonCompletion.Source.MANUAL);
        progress.recordVisit(learner, course, lesson("01-basics", "first"));
        progress.markComplete(other, course, lesson("01-basics", "first"), LessonCompletion.Source.MANUAL);
        progress.markMastered(learner.subject(), "demo", "01-basics", 90);

        // a path that covers only module 02 leaves module 01 alone
        progress.resetPath(learner, course, new academy.content.model.LearningPath("only-02", "t", "t", "d", "d",
                List.of("02-advanced")));
        assertEquals(1, completions(learner.subject()));

        assertEquals(2, progress.resetSize(learner, course, course.path("beginner").orElseThrow()));
        progress.resetPath(learner, course, course.path("beginner").orElseThrow());
        CourseProgress after = progress.progress(learner.subject(), course);
        assertEquals(0, completions(learner.subject()));
        assertTrue(after.visited().isEmpty());
        assertTrue(after.mastered(course.module("01-basics").orElseThrow()), "exam results stay");
        assertEquals(1, completions(other.subject()), "another learner's progress is untouched");
    }

    @Test
    void passingALessonQuizCompletesTheLessonAndAnExamMastersTheModule() {
        LearnerProfile learner = newLearner();
        QuarkusTransaction.requiringNew().run(() -> quizPassed.fire(
                new QuizPassed(learner.subject(), "demo", "01-basics", "first", 80)));
        QuarkusTransaction.requiringNew().run(() -> quizPassed.fire(
                new QuizPassed(learner.subject(), "demo", "01-basics", "first", 100)));
        QuarkusTransaction.requiringNew().run(() -> quizPassed.fire(
                new QuizPassed(learner.subject(), "demo", "01-basics", null, 70)));
        QuarkusTransaction.requiringNew().run(() -> quizPassed.fire(
                new QuizPassed(learner.subject(), "demo", "01-basics", null, 95)));

        CourseProgress p = progress.progress(learner.subject(), course());
        assertTrue(p.done(lesson("01-basics", "first")));
        assertEquals(1, completions(learner.subject()));
        assertEquals(LessonCompletion.Source.QUIZ, QuarkusTransaction.requiringNew().call(
                () -> LessonCompletion.<LessonCompletion>find("subject", learner.subject()).firstResult().source));
        assertEquals(95, p.mastery("01-basics").orElseThrow().scorePercent());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ModuleMastery.count("subject", learner.subject())));
    }

    @Test
    void aRolledBackGradingRecordsNothing() {
        LearnerProfile learner = newLearner();
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            quizPassed.fire(new QuizPassed(learner.subject(), "demo", "01-basics", "second", 100));
            QuarkusTransaction.setRollbackOnly();
        }));
        assertEquals(0, completions(learner.subject()));
    }
}
