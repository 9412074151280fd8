package academy.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import academy.FixtureContentProfile;
import academy.Forms;
import academy.account.LearnerProfile;
import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.quiz.QuizPassed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** What a signed-in learner sees and does: marks, ticks, bars, the dashboard, reset and the JSON API. */
@QuarkusTest
@TestProfile(FixtureContentProfile.class)
class ProgressPagesTest {

    @Inject
    jakarta.enterprise.event.Event<QuizPassed> quizPassed;

    @Test
    @TestSecurity(user = "subject-mastery", roles = "learner")
    void passingTheModuleExamShowsMasteryOnModulePathAndMe() {
        given().get("/courses/demo/01-basics").then().statusCode(200).body(not(containsString("模块考试已通过")));
        given().get("/me").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> quizPassed.fire(new QuizPassed("subject-mastery", "demo", "01-basics", null, 85)));
        given().get("/courses/demo/01-basics").then().statusCode(200).body(containsString("模块考试已通过（85%）"));
        given().get("/courses/demo/paths/beginner").then().statusCode(200).body(containsString("模块考试已通过（85%）"));
        given().get("/me").then().statusCode(200).body(containsString("模块考试已通过（85%）"));
    }

    @Inject
    ProgressService progress;

    @Inject
    CourseCatalog catalog;

    static void markComplete(String moduleId, String slug) {
        Forms.from("/courses/demo/" + moduleId + "/" + slug)
                .formParam("course", "demo").formParam("module", moduleId).formParam("lesson", slug)
                .formParam("path", "beginner")
                .post("/me/complete").then().statusCode(303)
                .header("Location", containsString("/courses/demo/" + moduleId + "/" + slug + "?path=beginner#progress"));
    }

    @Test
    @TestSecurity(user = "subject-pages", roles = "learner")
    void markingALessonShowsEverywhere() {
        given().get("/courses/demo/01-basics/first").then().statusCode(200)
                .body(containsString("id=\"mark-complete\""))
                .body(containsString("标记为已完成"));

        markComplete("01-basics", "first");
        markComplete("01-basics", "first"); // a double click changes nothing

        given().get("/courses/demo/01-basics/first").then().statusCode(200)
                .body(not(containsString("id=\"mark-complete\"")))
                .body(containsString("本课已完成"));
        given().get("/courses/demo/01-basics").then().statusCode(200)
                .body(containsString("已完成 50%（1/2 课）"))
                .body(containsString("class=\"tick\""));
        given().get("/courses/demo/paths/beginner").then().statusCode(200)
                .body(containsString("已完成 33%（1/3 课）"));
        given().get("/courses/demo").then().statusCode(200)
                .body(containsString("data-done=\"1\" data-total=\"3\""));
        given().get("/me").then().statusCode(200)
                .body(containsString("我的学习"))
                .body(containsString("下一课：第二课"))
                .body(containsString("href=\"/courses/demo/01-basics/first\""))
                .body(containsString("id=\"recent-quiz-results\""));
        // a path whose modules have no lessons yet is not "finished"
        String me = given().get("/me").then().statusCode(200).extract().asString();
        String soon = me.substring(me.indexOf("data-path=\"soon\""));
        soon = soon.substring(0, soon.indexOf("</article>") > 0 ? soon.indexOf("</article>") : soon.length());
        org.junit.jupiter.api.Assertions.assertTrue(soon.contains("还在编写中") && !soon.contains("已全部完成"), soon);
        given().header("Accept-Language", "en").get("/me").then().statusCode(200)
                .body(containsString("My learning"))
                .body(containsString("33% complete (1 of 3 lessons)"));

        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> LessonCompletion.count("subject", "subject-pages")));
    }

    @Test
    @TestSecurity(user = "subject-api", roles = "learner")
    void apiListsLessonsWithStatusAndTimestamps() {
        given().get("/courses/demo/02-advanced/deep").then().statusCode(200);
        markComplete("01-basics", "second");
        given().get("/api/me/progress").then().statusCode(200)
                .contentType("application/json")
                .body("subject", equalTo("subject-api"))
                .body("courses[0].id", equalTo("demo"))
                .body("courses[0].completedLessons", equalTo(1))
                .body("courses[0].totalLessons", equalTo(3))
                .body("courses[0].modules[0].lessons[0].status", equalTo("not-started"))
                .body("courses[0].modules[0].lessons[1].status", equalTo("completed"))
                .body("courses[0].modules[0].lessons[1].completedAt", notNullValue())
                .body("courses[0].modules[1].lessons[0].status", equalTo("visited"))
                .body("courses[0].modules[1].lessons[0].lastVisitedAt", notNullValue())
                .body("courses[0].modules[1].lessons[0].completedAt", nullValue());
    }

    @Test
    @TestSecurity(user = "subject-reset", roles = "learner")
    void resetAsksForConfirmationThenForgetsThePath() {
        markComplete("01-basics", "first");
        given().get("/me").then().body(containsString("href=\"/me/reset?course=demo&amp;path=beginner\""));
        given().get("/me/reset?course=demo&path=beginner").then().statusCode(200)
                .body(containsString("id=\"confirm-reset\""))
                .body(containsString("共 2 条"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> LessonCompletion.count("subject", "subject-reset")),
                "showing the confirmation deletes nothing");

        Forms.from("/me/reset?course=demo&path=beginner").formParam("course", "demo").formParam("path", "beginner")
                .post("/me/reset").then().statusCode(303).header("Location", containsString("/me?reset=beginner"));
        given().get("/me?reset=beginner").then().statusCode(200).body(containsString("“入门路径”的进度已重置"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> LessonCompletion.count("subject", "subject-reset")));
    }

    @Test
    @TestSecurity(user = "subject-a", roles = "learner")
    void learnerAMarksALesson() {
        markComplete("02-advanced", "deep");
        given().get("/api/me/progress").then().body("courses[0].modules[1].lessons[0].status", equalTo("completed"));
    }

    @Test
    @TestSecurity(user = "subject-b", roles = "learner")
    void learnerBCannotReachOrChangeAsData() {
        LearnerProfile a = new LearnerProfile("subject-a2", "a2", null, null);
        Course course = catalog.course("demo").orElseThrow();
        progress.markComplete(a, course, course.module("01-basics").orElseThrow().lessons().get(0),
                LessonCompletion.Source.MANUAL);

        // B asks for A's data by every id a URL or form could carry: always B's own (empty) progress.
        given().get("/api/me/progress?subject=subject-a2").then().statusCode(200)
                .body("subject", equalTo("subject-b"))
                .body("courses[0].completedLessons", equalTo(0));
        given().get("/me?subject=subject-a2").then().statusCode(200).body(not(containsString("下一课：第二课")));
        Forms.from("/courses/demo/01-basics/second").formParam("subject", "subject-a2")
                .formParam("course", "demo").formParam("module", "01-basics").formParam("lesson", "second")
                .post("/me/complete").then().statusCode(303);
        Forms.from("/me/reset?course=demo&path=beginner").formParam("subject", "subject-a2")
                .formParam("course", "demo").formParam("path", "beginner")
                .post("/me/reset").then().statusCode(303);

        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> LessonCompletion.count("subject", "subject-a2")),
                "A's completion survives B's reset");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> LessonCompletion.count("subject", "subject-b")),
                "B's own mark was then reset");
    }

    @Test
    @TestSecurity(user = "subject-removed", roles = "learner")
    void lessonsRemovedFromTheContentDoNotBreakTheDashboard() {
        given().get("/courses/demo/01-basics/first").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            LessonVisit visit = new LessonVisit();
            visit.subject = "subject-removed";
            visit.courseId = "demo";
            visit.moduleId = "09-gone";
            visit.lessonSlug = "old-lesson";
            visit.firstVisitedAt = java.time.Instant.now();
            visit.lastVisitedAt = visit.firstVisitedAt.plusSeconds(60);
            visit.persist();
            LessonCompletion completion = new LessonCompletion();
            completion.subject = "subject-removed";
            completion.courseId = "demo";
            completion.moduleId = "09-gone";
            completion.lessonSlug = "old-lesson";
            completion.completedAt = visit.lastVisitedAt;
            completion.source = LessonCompletion.Source.MANUAL;
            completion.persist();
        });
        given().get("/me").then().statusCode(200)
                .body(containsString("href=\"/courses/demo/01-basics/first\""))
                .body(not(containsString("old-lesson")))
                .body(containsString("data-done=\"0\" data-total=\"3\""));
        given().get("/api/me/progress").then().statusCode(200).body("courses[0].completedLessons", equalTo(0));
    }

    @Test
    @TestSecurity(user = "subject-bad-input", roles = "learner")
    void unknownLessonsAndPathsAreNotFound() {
        Forms.from("/courses/demo/01-basics/first").formParam("course", "demo").formParam("module", "01-basics")
                .formParam("lesson", "nope").post("/me/complete").then().statusCode(404);
        given().get("/me/reset?course=demo&path=nope").then().statusCode(404);
        Forms.from("/courses/demo/01-basics/first").formParam("course", "demo")
                .post("/me/complete").then().statusCode(400);
    }
}
