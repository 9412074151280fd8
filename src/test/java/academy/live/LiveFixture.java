package academy.live;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import academy.account.LearnerProfile;
import academy.account.LearnerService;
import academy.cohort.Cohort;
import academy.cohort.CohortSync;
import academy.quiz.content.Question;
import academy.quiz.content.QuizCatalog;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Server-side helpers for live-session tests: people in classes, and what the server knows (the plan's codes). */
final class LiveFixture {

    private LiveFixture() {
    }

    static void signedIn(String subject, String displayName, String... groups) {
        Arc.container().instance(LearnerService.class).get().ensure(new LearnerProfile(subject, subject, displayName, subject + "@example.com"));
        Arc.container().instance(CohortSync.class).get().reconcile(subject, subject, Set.of(groups), Instant.now());
    }

    static long cohortOf(String groupPath) {
        return QuarkusTransaction.requiringNew().call(() -> Cohort.<Cohort>find("groupPath", groupPath).firstResult().id);
    }

    static LiveSession session(long id) {
        return QuarkusTransaction.requiringNew().call(() -> LiveSession.<LiveSession>findById(id));
    }

    /** The codes browsers see for the right options of the session's question at {@code index}. */
    static List<String> rightCodes(long sessionId, int index) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LiveSessions sessions = Arc.container().instance(LiveSessions.class).get();
            LiveSession s = LiveSession.findById(sessionId);
            LiveSessions.Step step = sessions.plan(s).get(index);
            Question q = Arc.container().instance(QuizCatalog.class).get().quiz(s.quizId).orElseThrow().question(step.q()).orElseThrow();
            return LiveSessions.codes(q, step).encode(LiveViews.keyOf(q));
        });
    }

    /** A code of a wrong option of the question at {@code index}. */
    static String wrongCode(long sessionId, int index) {
        List<String> right = rightCodes(sessionId, index);
        return QuarkusTransaction.requiringNew().call(() -> {
            LiveSessions sessions = Arc.container().instance(LiveSessions.class).get();
            LiveSession s = LiveSession.findById(sessionId);
            LiveSessions.Step step = sessions.plan(s).get(index);
            Question q = Arc.container().instance(QuizCatalog.class).get().quiz(s.quizId).orElseThrow().question(step.q()).orElseThrow();
            if (q.type() == academy.quiz.content.QuestionType.TRUE_FALSE) {
                return right.contains("true") ? "false" : "true";
            }
            return LiveSessions.codes(q, step).shownChoices().stream().map(c -> c.id()).filter(c -> !right.contains(c)).findFirst().orElseThrow();
        });
    }

    static String questionId(long sessionId, int index) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LiveSession s = LiveSession.findById(sessionId);
            return Arc.container().instance(LiveSessions.class).get().plan(s).get(index).q();
        });
    }

    static void expireDeadline(long sessionId) {
        QuarkusTransaction.requiringNew().run(() -> {
            LiveSession s = LiveSession.findById(sessionId);
            s.deadline = Instant.now().minusSeconds(60);
        });
    }

    static long count(String entity, long sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> switch (entity) {
            case "answers" -> LiveAnswer.count("sessionId", sessionId);
            case "participants" -> LiveParticipant.count("sessionId", sessionId);
            default -> throw new IllegalArgumentException(entity);
        });
    }
}
