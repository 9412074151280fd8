package academy.live;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import academy.cohort.Cohort;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;

/**
 * The live classroom as JSON, for devices and load tests: join, read the session, answer; and for hosts create,
 * advance, reveal, end, counts and results. JSON posts need no form token (a cross-site page cannot send
 * JSON without a CORS preflight, which this app never grants); refusals are problem details in the caller's language.
 */
@Path("/api/live")
@Produces(MediaType.APPLICATION_JSON)
public class LiveApi {

    public record JoinRequest(String code) {
    }

    public record Joined(long session, int version, String phase) {
    }

    public record AnswerRequest(Integer index, List<String> answer) {
    }

    public record Accepted(long session, int index, boolean accepted) {
    }

    public record CreateRequest(Long cohort, String quiz, List<String> questions, Integer timer, String board) {
    }

    public record Created(long id, String code, int version, int questions) {
    }

    public record Action(Integer version) {
    }

    public record State(long session, int version, String phase, int number, int total, Long remainingMs, QuestionDto question,
            int joined, Integer answered, boolean youAnswered, Reveal reveal, Summary summary) {
    }

    public record QuestionDto(String prompt, boolean multiple, boolean trueFalse, List<OptionDto> options) {
    }

    public record OptionDto(String code, String html, Integer count) {
    }

    public record Reveal(List<String> correct, String explanation, Boolean youWereRight) {
    }

    public record Summary(int asked, int answered, int correct, Integer rank) {
    }

    @Inject
    LiveAccess access;

    @Inject
    LiveSessions sessions;

    @Inject
    LiveViews views;

    @Inject
    JoinThrottle throttle;

    @Inject
    QuizCatalog catalog;

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_JSON)
    public Joined join(JoinRequest request) {
        String subject = access.subject();
        if (throttle.blocked(subject)) {
            throw new LiveRefusedException(LiveRefusedException.Reason.TOO_MANY_TRIES);
        }
        try {
            LiveSession s = sessions.join(request == null ? null : request.code(), subject);
            return new Joined(s.id, s.version, s.phase.name());
        } catch (LiveSessions.JoinRace race) {
            LiveSession s = LiveSession.findById(race.sessionId);
            return new Joined(s.id, s.version, s.phase.name());
        } catch (LiveRefusedException e) {
            throttle.miss(subject);
            throw e;
        }
    }

    @GET
    @Path("{id}")
    public State state(@PathParam("id") String id) {
        LiveSession s = LiveAccess.find(id);
        boolean host = access.mayHost(s);
        String subject = access.subject();
        if (!host && !LiveSessions.participant(s.id, subject)) {
            throw new NotFoundException();
        }
        LiveViews.LiveView v = views.view(s, host ? null : subject, host);
        QuestionDto question = null;
        if (v.promptHtml() != null) {
            question = new QuestionDto(v.promptHtml(), v.multiple(), v.trueFalse(), v.options().stream()
                    .map(o -> new OptionDto(o.code(), o.html(), host || v.revealed() ? o.count() : null)).toList());
        }
        Reveal reveal = v.revealed() ? new Reveal(v.options().stream().filter(LiveViews.OptionView::correct).map(LiveViews.OptionView::code).toList(),
                v.explanationHtml(), v.mineCorrect()) : null;
        Summary summary = host ? null : new Summary(v.asked(), v.myAnswered(), v.myCorrect(), v.myRow() == null ? null : v.myRow().rank());
        return new State(s.id, s.version, s.phase.name(), v.number(), v.total(), v.remainingMs(), question, v.joined(),
                host || v.revealed() ? v.answered() : null, v.mineAnswered(), reveal, summary);
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") String id, AnswerRequest request) {
        LiveSession s = access.joined(id);
        int index = request == null || request.index() == null ? -1 : request.index();
        List<String> answer = request == null || request.answer() == null ? List.of() : request.answer();
        sessions.answer(s.id, access.subject(), index, answer);
        // nothing about right or wrong before the reveal
        return Response.status(201).entity(new Accepted(s.id, index, true)).build();
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateRequest request) {
        if (request == null || request.cohort() == null) {
            throw new NotFoundException();
        }
        Cohort cohort = access.lead(request.cohort());
        Quiz quiz = catalog.quiz(request.quiz() == null ? "" : request.quiz())
                .orElseThrow(() -> new LiveRefusedException(LiveRefusedException.Reason.NO_QUESTIONS));
        LiveSession s = sessions.create(cohort.id, access.subject(), quiz, request.questions(), request.timer(),
                LivePages.board(request.board() == null ? "ACCURACY" : request.board()));
        return Response.status(201).entity(new Created(s.id, s.joinCode, s.version, sessions.plan(s).size())).build();
    }

    @POST
    @Path("{id}/next")
    @Consumes(MediaType.APPLICATION_JSON)
    public Joined next(@PathParam("id") String id, Action action) {
        LiveSession s = access.hosted(id);
        LiveSession after = sessions.next(s.id, version(action));
        return new Joined(after.id, after.version, after.phase.name());
    }

    @POST
    @Path("{id}/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Joined reveal(@PathParam("id") String id, Action action) {
        LiveSession s = access.hosted(id);
        LiveSession after = sessions.reveal(s.id, version(action));
        return new Joined(after.id, after.version, after.phase.name());
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public Joined end(@PathParam("id") String id, Action action) {
        LiveSession s = access.hosted(id);
        LiveSession after = sessions.end(s.id, version(action));
        return new Joined(after.id, after.version, after.phase.name());
    }

    @GET
    @Path("{id}/counts")
    public LiveCounts counts(@PathParam("id") String id) {
        LiveSession s = access.hosted(id);
        return sessions.counts(s.id);
    }

    public record QuestionResultDto(int number, int answered, int correct, int percentCorrect, List<OptionDto> options, List<String> right) {
    }

    public record ResultsDto(long session, long cohort, String quiz, String phase, int joined, int asked, int meanPercent,
            List<QuestionResultDto> questions, List<LiveViews.LearnerResult> learners) {
    }

    @GET
    @Path("{id}/results")
    public ResultsDto results(@PathParam("id") String id) {
        LiveSession s = access.hosted(id);
        LiveViews.Results r = views.results(s);
        return new ResultsDto(s.id, s.cohortId, s.quizId, s.phase.name(), r.joined(), r.asked(), r.meanPercent(),
                r.questions().stream().map(q -> new QuestionResultDto(q.number(), q.answered(), q.correct(), q.percentCorrect(),
                        q.options().stream().map(o -> new OptionDto(o.code(), o.html(), o.count())).toList(),
                        q.options().stream().filter(LiveViews.OptionView::correct).map(LiveViews.OptionView::code).toList())).toList(),
                r.learners());
    }

    private static int version(Action action) {
        return action == null || action.version() == null ? -1 : action.version();
    }
}
