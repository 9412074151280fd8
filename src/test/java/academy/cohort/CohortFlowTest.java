package academy.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import academy.Forms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Onboarding end to end on the fixture course: cohorts from groups claims, a lead assigns the beginner path,
 * a learner sees it and passes a quiz, the lead's matrix, JSON and CSV show it; and every access rule.
 * Methods run in order and share the database (one app per profile).
 */
@QuarkusTest
@TestProfile(CohortProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CohortFlowTest {

    static final String TEAM_A = "/onboarding/team-a";
    static final String TEAM_B = "/onboarding/team-b";

    static long teamA() {
        return CohortFixture.cohortOf(TEAM_A);
    }

    static long teamB() {
        return CohortFixture.cohortOf(TEAM_B);
    }

    static long assignmentOf(long cohort) {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>find("cohortId = ?1 order by id desc", cohort).firstResult().id);
    }

    @Test
    @Order(1)
    @TestSecurity(user = "lead-a", roles = { "learner", "instructor" })
    void aLeadSeesTheCohortsTheyLeadAndAssignsAPath() {
        CohortFixture.signedIn("lead-a", "Lena Lead", "lead-a@example.com", TEAM_A + "/leads");
        CohortFixture.signedIn("amy", "艾米 Amy", "amy@example.com", TEAM_A);
        CohortFixture.signedIn("bob", "Bob", "bob@example.com", TEAM_A, "/elsewhere/not-a-cohort");
        CohortFixture.signedIn("lead-b", "Lee B", "lead-b@example.com", TEAM_B + "/leads");
        CohortFixture.signedIn("cara", "Cara", "cara@example.com", TEAM_B);

        given().get("/cohorts").then().statusCode(200)
                .body(containsString("href=\"/cohorts/" + teamA() + "\""))
                .body(not(containsString("href=\"/cohorts/" + teamB() + "\"")))
                .body(not(containsString("not-a-cohort")));

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Forms.from("/cohorts/" + teamA() + "/assignments/new")
                .formParam("course", "demo").formParam("kind", "PATH").formParam("path", "beginner")
                .formParam("lessonRule", "QUIZ_PASSED").formParam("schedule", "RELATIVE").formParam("startDate", today)
                .formParam("offset_01-basics", "7").formParam("offset_02-advanced", "14").formParam("version", "")
                .post("/cohorts/" + teamA() + "/assignments").then().statusCode(303)
                .header("Location", containsString("/cohorts/" + teamA() + "?done=assigned"));

        given().get("/cohorts/" + teamA() + "?done=assigned").then().statusCode(200)
                .body(containsString("学习任务已布置"))
                .body(containsString("艾米 Amy")).body(containsString(">Bob<"))
                .body(not(containsString("Cara")))
                .body(containsString("id=\"matrix\""))
                .body(containsString("<svg class=\"cohort-chart\""))
                .body(containsString("class=\"badge lead\" data-lead=\"lead-a\""));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "amy", roles = "learner")
    void theLearnerSeesTheAssignmentWithDueDatesAndPassesAQuiz() {
        long assignment = assignmentOf(teamA());
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7);
        given().get("/me").then().statusCode(200)
                .body(containsString("id=\"assigned-to-me\""))
                .body(containsString("team-a"))
                .body(containsString("Lena Lead"))
                .body(containsString("下一项：第一课"))
                .body(containsString("截止 " + due))
                .body(containsString("href=\"/me/assignments/" + assignment + "\""));
        given().get("/courses/demo/01-basics/first").then().statusCode(200)
                .body(containsString("class=\"due-notes\"")).body(containsString("截止 " + due));
        given().get("/courses/demo/paths/beginner").then().statusCode(200)
                .body(containsString("截止 " + due.plusDays(7)));

        String token = given().contentType(ContentType.JSON).body("{}").post("/api/quizzes/01-basics.first/attempts")
                .then().statusCode(201).extract().path("token");
        given().contentType(ContentType.JSON).body("{\"attempt\": \"" + token + "\", \"answers\": {\"q1\": true}}")
                .post("/api/quizzes/01-basics.first/attempts").then().statusCode(200).body("passed", equalTo(true));

        given().get("/me/assignments/" + assignment).then().statusCode(200)
                .body(containsString("id=\"completion-record\""))
                .body(containsString("data-item=\"L:01-basics/first\""))
                .body(containsString("state-done"))
                .body(containsString("100%"))
                .body(containsString("data-print"));
        given().get("/me").then().statusCode(200).body(containsString("下一项：第二课"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "lead-a", roles = { "learner", "instructor" })
    void theLeadsMatrixJsonAndCsvShowThePassedQuiz() {
        long a = teamA();
        given().get("/cohorts/" + a).then().statusCode(200).body(containsString("cell cell-done"));
        given().get("/api/cohorts").then().statusCode(200)
                .body("name", hasItem("team-a")).body("name", not(hasItem("team-b")))
                .body("find { it.name == 'team-a' }.learners", equalTo(2));
        given().get("/api/cohorts/" + a + "/progress").then().statusCode(200)
                .body("learners", hasSize(2))
                .body("learners.find { it.username == 'amy' }.items.find { it.key == 'L:01-basics/first' }.status", equalTo("done"))
                .body("learners.find { it.username == 'amy' }.items.find { it.key == 'L:01-basics/first' }.bestScore", equalTo(100))
                .body("learners.find { it.username == 'bob' }.items.find { it.key == 'L:01-basics/first' }.status", equalTo("not-started"))
                .body("assignments[0].items", hasSize(3));

        byte[] csv = given().get("/cohorts/" + a + "/progress.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"cohort-" + a + "-progress-"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        List<String> lines = List.of(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(String.join(",", CohortExports.CSV_COLUMNS), lines.get(0));
        assertEquals(1 + 2 * 3, lines.size(), "one row per learner × item: " + lines);
        String amyFirst = lines.stream().filter(l -> l.contains(",amy,") && l.contains("L:01-basics/first")).findFirst().orElseThrow();
        assertTrue(amyFirst.contains("艾米 Amy"), amyFirst);
        assertTrue(amyFirst.contains(",done,"), amyFirst);
        assertTrue(amyFirst.contains(",100,1,"), amyFirst);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "lead-b", roles = { "learner", "instructor" })
    void anotherLeadGets404ForTheCohortTheyDoNotLead() {
        long a = teamA();
        long assignment = assignmentOf(a);
        given().get("/cohorts/" + a).then().statusCode(404);
        given().get("/cohorts/" + a + "/progress.csv").then().statusCode(404);
        given().get("/cohorts/" + a + "/learners/1").then().statusCode(404);
        given().get("/cohorts/" + a + "/assignments/" + assignment).then().statusCode(404);
        given().get("/api/cohorts/" + a + "/progress").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/cohorts/999999/progress").then().statusCode(404);
        given().get("/cohorts/not-a-number").then().statusCode(404);
        given().get("/api/cohorts").then().statusCode(200).body("name", equalTo(List.of("team-b")));
        Forms.from("/cohorts").formParam("kind", "PATH").formParam("path", "beginner").formParam("startDate", "2026-12-01")
                .post("/cohorts/" + a + "/assignments").then().statusCode(404);
        Forms.from("/cohorts").post("/cohorts/" + a + "/assignments/" + assignment + "/remove").then().statusCode(404);
        // a lead is no admin: creating cohorts and managing members do not exist for them
        Forms.from("/cohorts").formParam("name", "mine").post("/cohorts").then().statusCode(404);
        Forms.from("/cohorts").formParam("username", "amy").post("/cohorts/" + teamB() + "/members").then().statusCode(404);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Assignment.count("cohortId = ?1 and removedAt is null", a)));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "amy", roles = "learner")
    void aLearnerSeesNoCohortPages() {
        given().get("/cohorts").then().statusCode(403).body(containsString("小组页面只对小组负责人和管理员开放"));
        given().get("/api/cohorts").then().statusCode(403).contentType("application/problem+json");
        given().get("/cohorts/" + teamA()).then().statusCode(404);
        given().get("/api/cohorts/" + teamA() + "/progress").then().statusCode(404);
        given().get("/cohorts/" + teamA() + "/progress.csv").then().statusCode(404);
        // another cohort's assignment record is as unknown as a missing one
        long b = CohortFixture.assignPath(teamB(), LocalDate.now(), Assignment.Schedule.RELATIVE, 3, 6);
        given().get("/me/assignments/" + b).then().statusCode(404);
        given().get("/me/assignments/x").then().statusCode(404);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "lead-a", roles = { "learner", "instructor" })
    void aBadFormSaysWhatIsWrongInTheUsersLanguageAndKeepsTheInput() {
        String url = "/cohorts/" + teamA() + "/assignments";
        Forms.from(url + "/new").formParam("kind", "MODULE").formParam("modules", "01-basics").formParam("modules", "99-nope")
                .formParam("lessonRule", "QUIZ_PASSED").formParam("schedule", "RELATIVE").formParam("startDate", "2026-13-45")
                .formParam("offset_01-basics", "abc").post(url).then().statusCode(400)
                .body(containsString("开始日期“2026-13-45”不是有效日期"))
                .body(containsString("课程中没有这些内容：99-nope"))
                .body(containsString("模块 01 的天数“abc”必须是 0 到 3650 之间的整数"))
                .body(containsString("value=\"2026-13-45\""))
                .body(containsString("value=\"abc\""))
                .body(not(containsString("Exception")));
        Forms.from(url + "/new").header("Accept-Language", "en").formParam("kind", "PATH").formParam("path", "nope")
                .formParam("lessonRule", "QUIZ_PASSED").formParam("schedule", "ABSOLUTE").formParam("startDate", "2026-12-01")
                .formParam("due_01-basics", "2026-11-01").post(url).then().statusCode(400)
                .body(containsString("Choose an existing learning path."))
                .body(containsString("Due date 2026-11-01 of module 01 is before the start date."));
        String big = "x".repeat(1500);
        Forms.from(url + "/new").formParam("kind", big).formParam("startDate", big).post(url).then().statusCode(400)
                .body(containsString("不是有效日期")).body(containsString("请选择要布置的内容"));
        // over the form-field limit: Vert.x refuses before any resource, and says why
        Forms.from(url + "/new").formParam("startDate", "x".repeat(5000)).post(url).then().statusCode(413)
                .body(containsString("提交的内容过大")).header("X-Frame-Options", "DENY");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Assignment.count("cohortId", teamA())));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "lead-a", roles = { "learner", "instructor" })
    void editingKeepsProgressAStaleFormIsRefusedAndRemovingKeepsHistory() {
        long a = teamA();
        long id = assignmentOf(a);
        String edit = "/cohorts/" + a + "/assignments/" + id;
        int version = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(id).version);
        Forms.from(edit).formParam("kind", "MODULE").formParam("modules", "01-basics").formParam("lessonRule", "QUIZ_PASSED")
                .formParam("schedule", "ABSOLUTE").formParam("startDate", "2026-12-01").formParam("due_01-basics", "2026-12-20")
                .formParam("version", Integer.toString(version)).post(edit).then().statusCode(303);
        given().get("/api/cohorts/" + a + "/progress").then().statusCode(200)
                .body("assignments[0].kind", equalTo("MODULE"))
                .body("assignments[0].items", hasSize(2))
                .body("learners.find { it.username == 'amy' }.items.find { it.key == 'L:01-basics/first' }.status", equalTo("done"))
                .body("learners.find { it.username == 'amy' }.items.find { it.key == 'L:01-basics/first' }.due", equalTo("2026-12-20"));
        // a second browser tab still holding the old version
        Forms.from(edit).formParam("kind", "PATH").formParam("path", "ops").formParam("lessonRule", "COMPLETED")
                .formParam("schedule", "RELATIVE").formParam("startDate", "2026-12-01").formParam("version", Integer.toString(version))
                .post(edit).then().statusCode(409).body(containsString("被别人修改过"));
        Forms.from("/cohorts/" + a).post(edit + "/remove").then().statusCode(303);
        given().get("/cohorts/" + a).then().statusCode(200).body(containsString("已移除的任务（1）"));
        given().get("/api/cohorts/" + a + "/progress").then().statusCode(200).body("assignments", hasSize(0));
        Forms.from("/cohorts/" + a).post(edit + "/remove").then().statusCode(404);
        given().get(edit).then().statusCode(404);
        // progress is the learner's own: still there
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> academy.progress.LessonCompletion.count("subject", "amy")));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "amy", roles = "learner")
    void aRemovedAssignmentStaysInTheLearnersRecord() {
        long id = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>find("cohortId = ?1 and removedAt is not null", teamA()).firstResult().id);
        given().get("/me/assignments/" + id).then().statusCode(200).body(containsString("已被负责人移除"));
        given().get("/me").then().statusCode(200).body(not(containsString("data-assignment=\"" + id + "\"")));
    }

    @Test
    @Order(9)
    void syncRecordsJoinsAndLeavesAndKeepsManualMembers() {
        CohortFixture.signedIn("dan", "Dan", null, TEAM_A);
        CohortFixture.signedIn("dan", "Dan", null);
        CohortFixture.signedIn("dan", "Dan", null, TEAM_A);
        List<CohortMember> rows = QuarkusTransaction.requiringNew().call(() -> CohortMember.<CohortMember>list("subject = ?1 order by id", "dan"));
        assertEquals(2, rows.size(), "one membership period per join");
        assertNotNull(rows.get(0).leftAt, "the first period ended when the group left the claim");
        assertNull(rows.get(1).leftAt);
        assertEquals(CohortMember.Source.GROUP, rows.get(1).source);

        // added by an admin before the first sign-in: pending, then attached, and a sync never ends it
        io.quarkus.arc.Arc.container().instance(CohortService.class).get().addMember(teamB(), "Erin", CohortMember.Role.LEARNER);
        CohortMember pending = QuarkusTransaction.requiringNew().call(() -> CohortMember.<CohortMember>find("username", "Erin").firstResult());
        assertNull(pending.subject);
        CohortFixture.signedIn("erin", "Erin", "erin@example.com");
        CohortMember attached = QuarkusTransaction.requiringNew().call(() -> CohortMember.<CohortMember>findById(pending.id));
        assertEquals("erin", attached.subject);
        assertNull(attached.leftAt);
        assertEquals(CohortMember.Source.MANUAL, attached.source);
        // the same person added twice with the same role changes nothing
        assertEquals(false, io.quarkus.arc.Arc.container().instance(CohortService.class).get().addMember(teamB(), "erin", CohortMember.Role.LEARNER));
    }

    @Test
    @Order(10)
    @TestSecurity(user = "admin", roles = { "learner", "instructor", "admin" })
    void anAdminSeesAllCohortsCreatesOneAndAddsMembersAndLeads() {
        CohortFixture.signedIn("admin", "Ada", "admin@example.com");
        given().get("/cohorts").then().statusCode(200)
                .body(containsString("href=\"/cohorts/" + teamA() + "\"")).body(containsString("href=\"/cohorts/" + teamB() + "\""));
        String location = Forms.from("/cohorts").contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("name", "春季实习生").post("/cohorts").then().statusCode(303)
                .extract().header("Location");
        String path = location.replaceFirst("^https?://[^/]+", "");
        Forms.from(path).formParam("username", "bob").formParam("role", "LEARNER").post(path + "/members").then().statusCode(303);
        Forms.from(path).formParam("username", "lead-b").formParam("role", "LEAD").post(path + "/members").then().statusCode(303);
        Forms.from(path).formParam("username", "<script>").formParam("role", "LEARNER").post(path + "/members").then().statusCode(400)
                .body(containsString("不是有效的用户名")).body(not(containsString("<script>")));
        Forms.from("/cohorts").formParam("name", "").post("/cohorts").then().statusCode(400).body(containsString("小组名称不能为空"));
        given().get(path).then().statusCode(200).body(containsString("春季实习生")).body(containsString(">Bob<"))
                .body(containsString("data-lead=\"lead-b\""));
    }

    @Test
    @Order(11)
    @TestSecurity(user = "lead-b", roles = { "learner", "instructor" })
    void aLeadSetInTheAppLeadsThatCohort() {
        given().get("/api/cohorts").then().statusCode(200).body("name", hasItem("春季实习生")).body("name", hasItem("team-b"))
                .body("name", not(hasItem("team-a")));
    }
}
