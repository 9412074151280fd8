package academy.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import academy.account.LearnerProfile;
import academy.account.LearnerService;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test helper: people, their groups claim, and cohorts, set up through the app's own services. */
final class CohortFixture {

    private CohortFixture() {
    }

    /** A person who signed in with these groups (as the login event would reconcile them). */
    static void signedIn(String subject, String displayName, String email, String... groups) {
        Arc.container().instance(LearnerService.class).get().ensure(new LearnerProfile(subject, subject, displayName, email));
        Arc.container().instance(CohortSync.class).get().reconcile(subject, subject, Set.of(groups), Instant.now());
    }

    static long cohortOf(String groupPath) {
        return QuarkusTransaction.requiringNew().call(() -> Cohort.<Cohort>find("groupPath", groupPath).firstResult().id);
    }

    /** Assigns the fixture's beginner path (01-basics, 02-advanced) directly, quiz-passed rule. */
    static long assignPath(long cohortId, LocalDate start, Assignment.Schedule schedule, Integer offset1, Integer offset2) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assignment a = new Assignment();
            a.cohortId = cohortId;
            a.courseId = "demo";
            a.kind = Assignment.Kind.PATH;
            a.targets = "beginner";
            a.lessonRule = Assignment.LessonRule.QUIZ_PASSED;
            a.examRequired = false;
            a.schedule = schedule;
            a.startDate = start;
            a.assignedBy = "fixture";
            a.assignedAt = Instant.now();
            a.updatedAt = a.assignedAt;
            if (offset1 != null) {
                a.dues.add(due(a, "01-basics", offset1, start));
            }
            if (offset2 != null) {
                a.dues.add(due(a, "02-advanced", offset2, start));
            }
            a.persist();
            return a.id;
        });
    }

    private static AssignmentDue due(Assignment a, String module, int offset, LocalDate start) {
        AssignmentDue d = new AssignmentDue();
        d.assignment = a;
        d.moduleId = module;
        if (a.schedule == Assignment.Schedule.RELATIVE) {
            d.offsetDays = offset;
        } else {
            d.dueDate = start.plusDays(offset);
        }
        return d;
    }
}
