package academy.live;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import academy.cohort.Cohort;
import academy.grades.ClassData;
import academy.quiz.content.Question;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import academy.web.ErrorPages;
import academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The live classroom in the browser: {@code /live} to join with a code, the learner's screen, the host's big screen
 * with its QR code, setup and results. Every page is rendered on the server from the session's state, so it also
 * works without script; {@code live.js} keeps it current through {@code /live/{id}/events} (server-sent events).
 * Forms carry the CSRF token and redirect after the post.
 */
@Path("/live")
public class LivePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(String code, String error);

        static native TemplateInstance learner(LiveViews.LiveView view, String notice);

        static native TemplateInstance learnerPanel(LiveViews.LiveView view, String notice);

        static native TemplateInstance host(LiveViews.LiveView view, String joinUrl, String cohortName, String notice);

        static native TemplateInstance hostPanel(LiveViews.LiveView view, String joinUrl, String cohortName, String notice);

        static native TemplateInstance setup(List<Cohort> classes, Cohort chosen, List<Quiz> quizzes, Quiz quiz,
                List<Question> eligible, int skipped, String timer, String board, List<String> picked, String error);

        static native TemplateInstance results(LiveViews.Results results, Cohort cohort);
    }

    @Inject
    LiveAccess access;

    @Inject
    LiveSessions sessions;

    @Inject
    LiveViews views;

    @Inject
    LiveStreams streams;

    @Inject
    LiveTexts texts;

    @Inject
    JoinThrottle throttle;

    @Inject
    ClassData data;

    @Inject
    QuizCatalog catalog;

    @Inject
    Ui ui;

    // ---- joining and taking part

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance joinPage(@QueryParam("code") String code) {
        access.subject(); // sign-in required
        return Templates.join(clean(code), null);
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(MultivaluedMap<String, String> form) {
        String subject = access.subject();
        String code = clean(form.getFirst("code"));
        try {
            if (throttle.blocked(subject)) {
                throw new LiveRefusedException(LiveRefusedException.Reason.TOO_MANY_TRIES);
            }
            long id;
            try {
                id = sessions.join(code, subject).id;
            } catch (LiveSessions.JoinRace race) {
                id = race.sessionId;
            }
            return Response.seeOther(URI.create("/live/" + id)).build();
        } catch (LiveRefusedException e) {
            if (e.reason() == LiveRefusedException.Reason.CODE_UNKNOWN || e.reason() == LiveRefusedException.Reason.CODE_MALFORMED) {
                throttle.miss(subject);
            }
            return ErrorPages.page(e.reason().status(), Templates.join(code, texts.refusal(e.reason())), ui);
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance learner(@PathParam("id") String id, @QueryParam("notice") String notice) {
        LiveSession s = access.joined(id);
        return Templates.learner(views.view(s, access.subject(), false), notice(notice));
    }

    @GET
    @Path("{id}/panel")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance learnerPanel(@PathParam("id") String id) {
        LiveSession s = access.joined(id);
        return Templates.learnerPanel(views.view(s, access.subject(), false), null);
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        LiveSession s = access.joined(id);
        int index = number(form.getFirst("index"));
        List<String> answer = form.get("answer") == null ? List.of() : form.get("answer");
        String notice = null;
        try {
            sessions.answer(s.id, access.subject(), index, answer);
        } catch (LiveRefusedException e) {
            notice = e.reason().name();
        }
        return Response.seeOther(URI.create("/live/" + s.id + (notice == null ? "" : "?notice=" + notice))).build();
    }

    /** The session's event stream, for its hosts and the learners who joined it. */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        LiveSession s = LiveAccess.find(id);
        String subject = access.subject();
        boolean host = access.mayHost(s);
        if (!host && !LiveSessions.participant(s.id, subject)) {
            throw new NotFoundException();
        }
        streams.add(new LiveStreams.Client(s.id, subject, host, sink, sse), s.version);
    }

    // ---- hosting

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response setup(@QueryParam("cohort") String cohort, @QueryParam("quiz") String quizId) {
        List<Cohort> classes = access.classes();
        if (classes.isEmpty()) {
            return ErrorPages.page(404, Templates.setup(classes, null, List.of(), null, List.of(), 0, "", "ACCURACY", List.of(),
                    texts.messages().setup_no_class()), ui);
        }
        Cohort chosen = cohort == null || cohort.isBlank() ? classes.get(0) : access.lead(LiveAccess.parseId(cohort.strip()));
        return Response.ok(setupPage(classes, chosen, quizId, "", "ACCURACY", List.of(), null)).build();
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        Cohort cohort = access.lead(LiveAccess.parseId(field(form, "cohort")));
        String quizId = field(form, "quiz");
        String timer = field(form, "timer");
        String board = field(form, "board");
        List<String> picked = form.get("question") == null ? List.of() : form.get("question").stream().limit(200).toList();
        Optional<Quiz> quiz = catalog.quiz(quizId);
        if (quiz.isEmpty()) {
            return ErrorPages.page(400, setupPage(access.classes(), cohort, null, timer, board, picked,
                    texts.messages().refused_no_questions()), ui);
        }
        try {
            LiveSession s = sessions.create(cohort.id, access.subject(), quiz.get(), picked, timer(timer), board(board));
            return Response.seeOther(URI.create("/live/" + s.id + "/host")).build();
        } catch (LiveRefusedException e) {
            return ErrorPages.page(e.reason().status(), setupPage(access.classes(), cohort, quizId, timer, board, picked,
                    texts.refusal(e.reason())), ui);
        }
    }

    private TemplateInstance setupPage(List<Cohort> classes, Cohort chosen, String quizId, String timer, String board, List<String> picked,
            String error) {
        List<Quiz> quizzes = data.courses().stream().flatMap(c -> data.quizzes(c).stream()).toList();
        Quiz quiz = quizId == null ? null : catalog.quiz(quizId).orElse(null);
        List<Question> eligible = quiz == null ? List.of() : quiz.questions().stream().filter(LiveSessions::liveType).toList();
        int skipped = quiz == null ? 0 : quiz.questions().size() - eligible.size();
        return Templates.setup(classes, chosen, quizzes, quiz, eligible, skipped, timer, board == null || board.isBlank() ? "ACCURACY" : board,
                picked, error);
    }

    @GET
    @Path("{id}/host")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance host(@PathParam("id") String id, @QueryParam("notice") String notice, @Context UriInfo uri) {
        LiveSession s = access.hosted(id);
        return Templates.host(views.view(s, null, true), joinUrl(uri, s), cohortName(s), notice(notice));
    }

    @GET
    @Path("{id}/host/panel")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance hostPanel(@PathParam("id") String id, @Context UriInfo uri) {
        LiveSession s = access.hosted(id);
        return Templates.hostPanel(views.view(s, null, true), joinUrl(uri, s), cohortName(s), null);
    }

    @GET
    @Path("{id}/qr.svg")
    @Produces("image/svg+xml")
    public Response qr(@PathParam("id") String id, @Context UriInfo uri) {
        LiveSession s = access.hosted(id);
        if (s.ended()) {
            throw new NotFoundException();
        }
        return Response.ok(LiveQr.svg(joinUrl(uri, s) + "?code=" + s.joinCode)).type("image/svg+xml; charset=UTF-8")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/next")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response next(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        LiveSession s = access.hosted(id);
        return hostAction(s, () -> sessions.next(s.id, number(form.getFirst("version"))));
    }

    @POST
    @Path("{id}/reveal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reveal(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        LiveSession s = access.hosted(id);
        return hostAction(s, () -> sessions.reveal(s.id, number(form.getFirst("version"))));
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        LiveSession s = access.hosted(id);
        return hostAction(s, () -> sessions.end(s.id, number(form.getFirst("version"))));
    }

    private Response hostAction(LiveSession s, Runnable action) {
        String notice = null;
        try {
            action.run();
        } catch (LiveRefusedException e) {
            notice = e.reason().name();
        }
        return Response.seeOther(URI.create("/live/" + s.id + "/host" + (notice == null ? "" : "?notice=" + notice))).build();
    }

    @GET
    @Path("{id}/results")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance results(@PathParam("id") String id) {
        LiveSession s = access.hosted(id);
        return Templates.results(views.results(s), access.lead(s.cohortId));
    }

    // ---- helpers

    /** A refusal named in a redirect, as a message; anything else is ignored. */
    private String notice(String name) {
        if (name == null || name.length() > 40) {
            return null;
        }
        try {
            return texts.refusal(LiveRefusedException.Reason.valueOf(name));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String cohortName(LiveSession s) {
        return access.lead(s.cohortId).name;
    }

    static String joinUrl(UriInfo uri, LiveSession s) {
        String base = uri.getBaseUri().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/live";
    }

    static String clean(String code) {
        if (code == null) {
            return "";
        }
        String c = code.strip();
        return c.length() > 20 ? c.substring(0, 20) : c;
    }

    static String field(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        v = v == null ? "" : v.strip();
        return v.length() > 200 ? v.substring(0, 200) : v;
    }

    /** A form number; junk gives -1, which every rule refuses. */
    static int number(String v) {
        if (v == null || v.isBlank() || v.strip().length() > 9 || !v.strip().chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(v.strip());
    }

    static Integer timer(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        int n = number(v);
        if (n < 0) {
            throw new LiveRefusedException(LiveRefusedException.Reason.BAD_TIMER);
        }
        return n;
    }

    static LiveSession.Board board(String v) {
        try {
            return LiveSession.Board.valueOf(v == null ? "" : v.strip());
        } catch (IllegalArgumentException e) {
            throw new LiveRefusedException(LiveRefusedException.Reason.BAD_BOARD);
        }
    }
}
