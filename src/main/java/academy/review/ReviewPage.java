package academy.review;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import academy.account.SignInLinks;
import academy.account.CurrentLearner;
import academy.quiz.QuizAttemptAnswer;
import academy.quiz.content.Question;
import academy.quiz.grading.QuestionScore;
import academy.quiz.grading.QuizGrader;
import academy.quiz.web.AttemptViews;
import academy.quiz.web.QuizTexts;
import academy.review.Fsrs6.Rating;
import academy.review.ReviewScreen.CardView;
import academy.review.ReviewScreen.RatingButton;
import academy.review.ReviewService.LiveCard;
import academy.web.ErrorPages;
import academy.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The review session: one due card at a time, answered and graded on the server, then rated; and the
 * "add to review" action of result pages. Another learner's card answers 404, like one that does not exist.
 */
@Path("/me/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {

    /** Form fields an answer may carry: one question's values plus the CSRF token, with room to spare. */
    static final int MAX_FIELDS = 20;
    static final List<String> NOTICES = List.of("already_rated", "not_due", "already_answered", "not_shown", "stale");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(ReviewScreen screen);
    }

    @Inject
    ReviewService reviews;

    @Inject
    AttemptViews views;

    @Inject
    CurrentLearner learner;

    @Inject
    QuizTexts quizTexts;

    @Inject
    ReviewTexts texts;

    @Inject
    Ui ui;

    /** The next due card: a card waiting for its rating first, else the soonest due. */
    @GET
    public Response next(@QueryParam("notice") String notice, @QueryParam("rated") String rated) {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return toLogin("/me/review");
        }
        List<LiveCard> all = reviews.cards(subject);
        List<LiveCard> due = reviews.due(subject);
        CardView card = null;
        if (!due.isEmpty()) {
            card = reviews.show(subject, due.get(0).card().id).map(this::view).orElse(null);
        }
        return Response.ok(Templates.review(new ReviewScreen(due.size(), all.size(), known(notice), days(rated), nextDue(all), card)))
                .build();
    }

    /** One card: its question while due, its result once answered, or when it is due. */
    @GET
    @Path("{id}")
    public Response card(@PathParam("id") long id, @QueryParam("notice") String notice) {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return toLogin("/me/review/" + id);
        }
        LiveCard live = reviews.show(subject, id).orElseThrow(NotFoundException::new);
        List<LiveCard> all = reviews.cards(subject);
        int dueCount = reviews.due(subject).size();
        return Response.ok(Templates.review(new ReviewScreen(dueCount, all.size(), known(notice), null, nextDue(all), view(live))))
                .build();
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return toLogin("/me/review/" + id);
        }
        if (form.size() > MAX_FIELDS) {
            throw new BadRequestException("too many form fields");
        }
        List<String> values = new ArrayList<>();
        form.forEach((name, v) -> {
            if (name.startsWith("q.")) {
                values.addAll(v);
            }
        });
        ReviewService.AnswerOutcome outcome = reviews.answer(subject, id, form.getFirst("round"), values).orElseThrow(NotFoundException::new);
        return switch (outcome) {
            case GRADED -> seeOther("/me/review/" + id);
            case ALREADY_ANSWERED -> seeOther("/me/review/" + id + "?notice=already_answered");
            case NOT_DUE -> seeOther("/me/review/" + id + "?notice=not_due");
            case NOT_SHOWN -> seeOther("/me/review/" + id + "?notice=not_shown");
            case STALE -> seeOther("/me/review/" + id + "?notice=stale");
        };
    }

    @POST
    @Path("{id}/rate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String subject = learner.subjectOrNull();
        if (subject == null) {
            return toLogin("/me/review/" + id);
        }
        String value = form.getFirst("rating");
        Rating rating = value == null ? null : ReviewService.ratings().get(value);
        if (rating == null) {
            String shown = value == null ? "" : value.length() > 20 ? value.substring(0, 20) + "…" : value;
            return badRequest(texts.messages().bad_rating(shown));
        }
        ReviewService.Rated rated = reviews.rate(subject, id, rating).orElseThrow(NotFoundException::new);
        return switch (rated.outcome()) {
            case SCHEDULED -> seeOther("/me/review?rated=" + rated.days());
            case NOT_ANSWERED -> seeOther("/me/review?notice=already_rated");
            case AGAIN_ONLY -> badRequest(texts.messages().again_only());
        };
    }

    /** "Add to review" on a result page: a question of one of the learner's graded attempts. */
    @POST
    @Path("add")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(MultivaluedMap<String, String> form) {
        String subject = learner.subjectOrNull();
        String attempt = form.getFirst("attempt");
        String question = form.getFirst("question");
        if (subject == null) {
            return toLogin("/me/attempts");
        }
        if (attempt == null || attempt.isBlank() || question == null || question.isBlank() || attempt.length() > 64
                || question.length() > 100) {
            throw new BadRequestException("missing form field");
        }
        reviews.add(subject, attempt, question).orElseThrow(NotFoundException::new);
        return seeOther("/me/attempts/" + attempt);
    }

    private CardView view(LiveCard live) {
        ReviewCard card = live.card();
        Question q = live.question();
        QuizAttemptAnswer row = new QuizAttemptAnswer();
        row.questionNumber = 1;
        row.questionId = q.id();
        row.shownOrder = card.shownOrder == null ? "" : card.shownOrder;
        row.maxPoints = q.points();
        boolean due = card.dueBy(reviews.today());
        if (card.answered()) {
            List<String> response = reviews.pendingResponse(card);
            QuestionScore score = QuizGrader.score(q, response);
            row.response = card.pendingResponse;
            row.points = score.points();
            row.correct = card.pendingCorrect;
            List<RatingButton> buttons = new ArrayList<>();
            Map<Rating, Integer> preview = reviews.preview(card);
            for (Map.Entry<String, Rating> e : List.of(Map.entry("again", Rating.AGAIN), Map.entry("hard", Rating.HARD),
                    Map.entry("good", Rating.GOOD), Map.entry("easy", Rating.EASY))) {
                buttons.add(new RatingButton(e.getKey(), preview.get(e.getValue()),
                        card.pendingCorrect || e.getValue() == Rating.AGAIN));
            }
            return new CardView(card.id, card.reps, academy.web.Ui.titleOf(live.quiz()), live.quiz().url(), due, card.dueOn, null,
                    views.review(row, q, live.quiz(), quizTexts.messages()), card.pendingCorrect, List.copyOf(buttons));
        }
        // not answered: the question only, never the key; a card not due shows nothing to answer
        return new CardView(card.id, card.reps, academy.web.Ui.titleOf(live.quiz()), live.quiz().url(), due, card.dueOn,
                due && card.shownOrder != null ? AttemptViews.form(row, q) : null, null, false, List.of());
    }

    private static java.time.LocalDate nextDue(List<LiveCard> all) {
        return all.stream().map(c -> c.card().dueOn).min(java.time.LocalDate::compareTo).orElse(null);
    }

    /** The "scheduled in N days" flash; anything but a small number (a tampered link) shows nothing. */
    static Long days(String rated) {
        return rated != null && rated.matches("[0-9]{1,5}") ? Long.valueOf(rated) : null;
    }

    private static String known(String notice) {
        return notice != null && NOTICES.contains(notice) ? notice : null;
    }

    private Response badRequest(String detail) {
        return ErrorPages.page(400, ErrorPages.Templates.badRequest(detail), ui);
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    static Response toLogin(String path) {
        return Response.seeOther(URI.create(SignInLinks.loginThenBackTo(path))).build();
    }
}
