package academy.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import academy.content.ContentLoader;
import academy.content.model.Course;
import academy.content.model.LessonKey;

/** The schedule rules on the fixture course (01-basics: first, second; 02-advanced: deep), without a database. */
class ScheduleRulesTest {

    static final ZoneId ZONE = ZoneOffset.UTC;
    static final Course COURSE = new ContentLoader().load(Path.of("src/test/resources/fixtures/valid/courses"),
            Path.of("src/test/resources/fixtures/valid/quizzes")).courses().get(0);
    static final LessonKey FIRST = new LessonKey("01-basics", "first");
    static final LessonKey SECOND = new LessonKey("01-basics", "second");

    static Assignment assignment(Assignment.Kind kind, String targets, Assignment.Schedule schedule, LocalDate start) {
        Assignment a = new Assignment();
        a.id = 1L;
        a.courseId = "demo";
        a.kind = kind;
        a.targets = targets;
        a.lessonRule = Assignment.LessonRule.QUIZ_PASSED;
        a.schedule = schedule;
        a.startDate = start;
        return a;
    }

    static void due(Assignment a, String module, LocalDate date, Integer offset) {
        AssignmentDue d = new AssignmentDue();
        d.assignment = a;
        d.moduleId = module;
        d.dueDate = date;
        d.offsetDays = offset;
        a.dues.add(d);
    }

    static Instant at(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Test
    void aPathAsksForItsLessonsInPathOrderAndTheQuizWhereThereIsOne() {
        Assignment a = assignment(Assignment.Kind.PATH, "ops", Assignment.Schedule.RELATIVE, LocalDate.of(2026, 12, 1));
        AssignmentPlan plan = new AssignmentPlan(COURSE, a);
        assertEquals(List.of("02-advanced", "01-basics", "03-later"), plan.modules());
        assertEquals(List.of("L:02-advanced/deep", "L:01-basics/first", "L:01-basics/second"), plan.items().stream().map(PlanItem::key).toList());
        assertEquals(PlanItem.Rule.LESSON_QUIZ_PASSED, plan.items().get(1).rule(), "first has a quiz");
        assertEquals(PlanItem.Rule.LESSON_COMPLETED, plan.items().get(2).rule(), "second has none: completing it counts");
    }

    @Test
    void relativeDueDatesCountFromEachLearnersOwnStartAndBlanksFollowThePreviousModule() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        Assignment a = assignment(Assignment.Kind.PATH, "beginner", Assignment.Schedule.RELATIVE, start);
        due(a, "01-basics", null, 10);
        AssignmentPlan plan = new AssignmentPlan(COURSE, a);
        assertEquals(start, plan.learnerStart(start.minusDays(30)), "joined before the start: the start counts");
        LocalDate late = LocalDate.of(2026, 12, 20);
        assertEquals(late, plan.learnerStart(late), "a late joiner gets their own schedule");
        assertEquals(LocalDate.of(2026, 12, 30), plan.due("01-basics", late));
        assertEquals(LocalDate.of(2027, 1, 6), plan.due("02-advanced", late), "blank: 7 days after the previous module");
        assertEquals(LocalDate.of(2026, 12, 11), plan.due("01-basics", start));
    }

    @Test
    void absoluteDueDatesAreTheSameForEveryone() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        Assignment a = assignment(Assignment.Kind.MODULE, "02-advanced,01-basics", Assignment.Schedule.ABSOLUTE, start);
        due(a, "02-advanced", LocalDate.of(2026, 12, 24), null);
        AssignmentPlan plan = new AssignmentPlan(COURSE, a);
        assertEquals(List.of("01-basics", "02-advanced"), plan.modules(), "modules in course order");
        assertEquals(LocalDate.of(2026, 12, 8), plan.due("01-basics", LocalDate.of(2026, 12, 20)), "blank: start + 7, for everyone");
        assertEquals(LocalDate.of(2026, 12, 24), plan.due("02-advanced", LocalDate.of(2026, 12, 20)));
    }

    @Test
    void doneOverdueDueSoonAndInProgress() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        Assignment a = assignment(Assignment.Kind.LESSON, "01-basics/first,01-basics/second", Assignment.Schedule.ABSOLUTE, start);
        due(a, "01-basics", LocalDate.of(2026, 12, 10), null);
        AssignmentPlan plan = new AssignmentPlan(COURSE, a);
        LearnerFacts facts = new LearnerFacts(Map.of(), Map.of(SECOND, at(LocalDate.of(2026, 12, 2))),
                Map.of("01-basics.first", List.of(new LearnerFacts.Attempt(at(start), at(LocalDate.of(2026, 12, 12)), 90, true))),
                at(LocalDate.of(2026, 12, 12)));
        Standing s = Standing.of(plan, start, facts, at(LocalDate.of(2026, 12, 13)), ZONE);
        assertEquals(ItemProgress.State.DONE, s.item("L:01-basics/first").state(), "passed after the due date: done is done");
        assertEquals(90, s.item("L:01-basics/first").bestScore());
        assertEquals(ItemProgress.State.OVERDUE, s.item("L:01-basics/second").state());
        assertTrue(s.behind());
        assertFalse(s.inactive(), "active yesterday");

        Standing early = Standing.of(plan, start, facts, at(LocalDate.of(2026, 12, 7)), ZONE);
        assertEquals(ItemProgress.State.IN_PROGRESS, early.item("L:01-basics/second").state(), "opened, not done");
        assertTrue(early.item("L:01-basics/second").dueSoon(), "3 days before the due date");
        assertFalse(Standing.of(plan, start, facts, at(LocalDate.of(2026, 12, 6)), ZONE).item("L:01-basics/second").dueSoon(),
                "4 days before is not soon yet");
        assertFalse(early.behind());
    }

    @Test
    void aFailedOrTooLowExamDoesNotCountAndNoActivityForSevenDaysIsAtRisk() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        Assignment a = assignment(Assignment.Kind.MODULE, "01-basics", Assignment.Schedule.RELATIVE, start);
        a.examRequired = true;
        a.examMinScore = 85;
        due(a, "01-basics", null, 60);
        AssignmentPlan plan = new AssignmentPlan(COURSE, a);
        // the valid fixture has no exam for 01-basics: no exam item appears, rather than an item nobody can finish
        assertTrue(plan.items().stream().noneMatch(PlanItem::exam));
        PlanItem exam = new PlanItem("E:01-basics", "01 ✎", "01-basics", null, "basics", PlanItem.Rule.EXAM_PASSED, "01-basics.exam", 85);
        LearnerFacts facts = new LearnerFacts(Map.of(), Map.of(), Map.of("01-basics.exam", List.of(
                new LearnerFacts.Attempt(at(start), at(start), 80, true),
                new LearnerFacts.Attempt(at(start), at(start.plusDays(1)), 60, false))), at(start.plusDays(1)));
        ItemProgress judged = Standing.judge(exam, start.plusDays(60), facts, start.plusDays(2));
        assertEquals(ItemProgress.State.IN_PROGRESS, judged.state(), "passed at 80 but the lead asked for 85");
        assertEquals(80, judged.bestScore());
        assertNull(judged.doneAt());

        Standing idle = Standing.of(plan, start, facts, at(start.plusDays(9)), ZONE);
        assertTrue(idle.inactive(), "8 days without activity");
        assertFalse(idle.behind());
        assertTrue(idle.atRisk());
        Standing fresh = Standing.of(plan, start.plusDays(5), LearnerFacts.NONE, at(start.plusDays(9)), ZONE);
        assertFalse(fresh.inactive(), "a late joiner's idle time counts from their own start");
    }

    @Test
    void csvCellsAreQuotedAndNeverFormulas() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CohortExports.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"a,b\"", CohortExports.cell("a,b"));
        assertEquals("'+1", CohortExports.cell("+1"));
        assertEquals("-5", CohortExports.cell("-5"), "a negative number stays a number");
        assertEquals("'@SUM(A1)", CohortExports.cell("@SUM(A1)"));
        assertEquals("王小明", CohortExports.cell("王小明"));
    }
}
