package academy.live;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import academy.cohort.Cohort;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A class's live sessions, newest first, each with its results; and the way to start a new one. */
@Path("/cohorts/{id}/live")
public class ClassLivePage {

    public record Row(long id, Instant createdAt, Quiz quiz, String quizId, boolean running, long joined, int asked) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(Cohort cohort, List<Row> rows);
    }

    @Inject
    LiveAccess access;

    @Inject
    QuizCatalog catalog;

    @Inject
    EntityManager em;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance page(@PathParam("id") String id) {
        Cohort cohort = access.lead(LiveAccess.parseId(id));
        List<LiveSession> sessions = LiveSession.list("cohortId = ?1 order by createdAt desc, id desc", cohort.id);
        List<Row> rows = sessions.stream().map(s -> new Row(s.id, s.createdAt, catalog.quiz(s.quizId).orElse(null), s.quizId, !s.ended(),
                LiveParticipant.count("sessionId", s.id),
                s.currentIndex + 1)) // questions shown so far, the open one included
                .toList();
        return Templates.history(cohort, rows);
    }
}
