package academy.review;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import academy.quiz.AttemptGraded;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttempts;
import academy.quiz.content.Choice;
import academy.quiz.content.Question;
import academy.quiz.content.QuestionType;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import academy.quiz.grading.AnswerReader;
import academy.quiz.grading.QuizGrader;
import academy.quiz.ChoiceCodes;
import academy.review.Fsrs6.Rating;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Review cards and their rules: cards from missed questions and from the learner's own picks, answering
 * (graded here, like a quiz), rating and scheduling with {@link Fsrs6}. A card whose question left the
 * catalog is retired: every method here skips it.
 */
@ApplicationScoped
public class ReviewService {

    static final int FORECAST_DAYS = 30;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    QuizCatalog quizzes;

    @Inject
    QuizAttempts attempts;

    @Inject
    ReviewConfig config;

    @Inject
    ObjectMapper json;

    private final SecureRandom random = new SecureRandom();
    private Fsrs6 fsrs;

    /** A card with the quiz and question it refers to (both from the current catalog). */
    public record LiveCard(ReviewCard card, Quiz quiz, Question question) {
    }

    public enum AnswerOutcome {
        GRADED, ALREADY_ANSWERED, NOT_DUE, NOT_SHOWN, STALE
    }

    public enum RateOutcome {
        SCHEDULED, NOT_ANSWERED, AGAIN_ONLY
    }

    /** @param days until the card is due again (when scheduled) */
    public record Rated(RateOutcome outcome, long days) {
    }

    public enum AddOutcome {
        ADDED, ALREADY_THERE
    }

    @PostConstruct
    void init() {
        fsrs = new Fsrs6(Fsrs6.DEFAULT_W, config.desiredRetention(), config.maximumInterval());
    }

    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    /** Every missed question of a graded attempt becomes a card, rated Again as of the grading (a lapse for an existing card). */
    @Transactional(Transactional.TxType.MANDATORY)
    void onGraded(@Observes AttemptGraded graded) {
        if (graded.missedQuestionIds().isEmpty()) {
            return;
        }
        java.util.Map<String, ReviewCard> cards = ReviewCard.forQuiz(graded.subject(), graded.quizId()); // one query
        for (String questionId : graded.missedQuestionIds()) {
            ReviewCard card = cards.get(questionId);
            if (card == null) {
                card = newCard(graded.subject(), graded.courseId(), graded.quizId(), questionId, ReviewCard.Source.MISSED,
                        graded.gradedAt());
                schedule(card, Rating.AGAIN, graded.gradedAt());
                card.persist();
            } else if (!card.answered()) {
                schedule(card, Rating.AGAIN, graded.gradedAt());
            }
        }
    }

    /** The learner's cards whose questions still exist, soonest due first. */
    @Transactional
    public List<LiveCard> cards(String subject) {
        List<LiveCard> out = new ArrayList<>();
        for (ReviewCard card : ReviewCard.forSubject(subject)) {
            live(card).ifPresent(out::add);
        }
        return out;
    }

    /** Cards due today or earlier; one waiting for its rating comes first. */
    @Transactional
    public List<LiveCard> due(String subject) {
        LocalDate today = today();
        List<LiveCard> due = new ArrayList<>(cards(subject).stream().filter(c -> c.card().dueBy(today)).toList());
        due.sort(Comparator.comparing((LiveCard c) -> !c.card().answered()));
        return due;
    }

    /** Cards coming due on each of the next {@link #FORECAST_DAYS} days; day 0 includes every overdue card. */
    public int[] forecast(List<LiveCard> cards) {
        LocalDate today = today();
        int[] days = new int[FORECAST_DAYS];
        for (LiveCard c : cards) {
            long d = Math.max(0, ChronoUnit.DAYS.between(today, c.card().dueOn));
            if (d < FORECAST_DAYS) {
                days[(int) d]++;
            }
        }
        return days;
    }

    /**
     * The learner's live card by id, ready to show: a card about to be answered gets its option order drawn
     * once and kept until it is rated, so reloading the page never reshuffles the codes.
     */
    @Transactional
    public Optional<LiveCard> show(String subject, long id) {
        Optional<LiveCard> found = own(subject, id, false);
        found.ifPresent(c -> {
            ReviewCard card = c.card();
            if (card.shownOrder == null && !card.answered() && card.dueBy(today())) {
                card.shownOrder = String.join(",", shuffled(c.question()));
            }
        });
        return found;
    }

    /**
     * Grades an answer to a due card the learner was shown; the result waits on the card for the rating.
     *
     * @param round the card's review count when its form was shown: a form from an earlier showing (other
     *              option codes) is stale and not graded
     * @return empty when the card is not the learner's or is retired
     */
    @Transactional
    public Optional<AnswerOutcome> answer(String subject, long id, String round, List<String> raw) {
        Optional<LiveCard> found = own(subject, id, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReviewCard card = found.get().card();
        Question q = found.get().question();
        if (card.answered()) {
            return Optional.of(AnswerOutcome.ALREADY_ANSWERED);
        }
        if (!card.dueBy(today())) {
            return Optional.of(AnswerOutcome.NOT_DUE);
        }
        if (card.shownOrder == null) {
            return Optional.of(AnswerOutcome.NOT_SHOWN);
        }
        if (!String.valueOf(card.reps).equals(round)) {
            return Optional.of(AnswerOutcome.STALE);
        }
        // the same reader and grader as quiz attempts; a malformed answer throws and nothing is stored
        List<String> response = AnswerReader.read(q, ChoiceCodes.of(q, card.shownIds()).decode(q, raw));
        card.pendingCorrect = QuizGrader.score(q, response).correct();
        card.pendingResponse = write(response);
        return Optional.of(AnswerOutcome.GRADED);
    }

    /**
     * Rates an answered card and schedules it. A wrong (or partly right) answer takes Again only.
     *
     * @return empty when the card is not the learner's or is retired
     */
    @Transactional
    public Optional<Rated> rate(String subject, long id, Rating rating) {
        Optional<LiveCard> found = own(subject, id, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReviewCard card = found.get().card();
        if (!card.answered()) {
            return Optional.of(new Rated(RateOutcome.NOT_ANSWERED, 0));
        }
        if (!card.pendingCorrect && rating != Rating.AGAIN) {
            return Optional.of(new Rated(RateOutcome.AGAIN_ONLY, 0));
        }
        schedule(card, rating, Instant.now());
        return Optional.of(new Rated(RateOutcome.SCHEDULED, daysUntilDue(card)));
    }

    /**
     * Adds a question the learner answered in one of their graded attempts.
     *
     * @return empty when there is no such attempt or question
     */
    public Optional<AddOutcome> add(String subject, String attemptToken, String questionId) {
        Optional<QuizAttempt> attempt = attempts.find(subject, attemptToken).filter(QuizAttempt::finished)
                .filter(a -> a.answers.stream().anyMatch(row -> row.questionId.equals(questionId)));
        Optional<Quiz> quiz = attempt.flatMap(a -> quizzes.quiz(a.quizId)).filter(q -> q.question(questionId).isPresent());
        if (quiz.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> {
                if (ReviewCard.find(subject, quiz.get().id(), questionId).isPresent()) {
                    return AddOutcome.ALREADY_THERE;
                }
                newCard(subject, quiz.get().courseId(), quiz.get().id(), questionId, ReviewCard.Source.ADDED, Instant.now())
                        .persistAndFlush();
                return AddOutcome.ADDED;
            }));
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                return Optional.of(AddOutcome.ALREADY_THERE); // a double click: the other request added it
            }
            throw e;
        }
    }

    /** A question not fully right in the latest graded attempt of its quiz. */
    public record Miss(String courseId, String quizId, String questionId) {
    }

    /**
     * The misses of the learner's latest graded attempt at each quiz, in one query (the lesson page asks on
     * every view). A latest attempt graded late counts for nothing: its answers were not read.
     */
    @Transactional
    public List<Miss> latestMisses(String subject) {
        return QuizAttempt.getEntityManager().createQuery("""
                select a.courseId, a.quizId, ans.questionId from QuizAttemptAnswer ans join ans.attempt a
                where a.subject = :subject and a.state = academy.quiz.AttemptState.FINISHED and a.late = false
                  and (ans.correct is null or ans.correct = false)
                  and a.attemptNumber = (select max(b.attemptNumber) from QuizAttempt b
                      where b.subject = a.subject and b.quizId = a.quizId and b.state = academy.quiz.AttemptState.FINISHED)
                order by a.quizId, ans.questionNumber""", Object[].class)
                .setParameter("subject", subject).getResultStream()
                .map(r -> new Miss((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** Which of a quiz's questions the learner has cards for (retired ones included: they come back with their question). */
    @Transactional
    public List<String> questionsWithCards(String subject, String quizId) {
        return ReviewCard.<ReviewCard>list("subject = ?1 and quizId = ?2", subject, quizId).stream().map(c -> c.questionId).toList();
    }

    /** The stored answer of an answered card. */
    public List<String> pendingResponse(ReviewCard card) {
        if (card.pendingResponse == null) {
            return List.of();
        }
        try {
            return json.readValue(card.pendingResponse, STRINGS);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** Days from now until the card is due again (0 when due). */
    public long daysUntilDue(ReviewCard card) {
        return Math.max(0, ChronoUnit.DAYS.between(today(), card.dueOn));
    }

    /** The card's probability of recall today, or null before its first rating. */
    public Double retrievability(ReviewCard card) {
        if (card.state() == null) {
            return null;
        }
        return fsrs.retrievability(elapsedDays(card, Instant.now()), card.stability);
    }

    /** The interval in days each rating would give the card if rated now. */
    public Map<Rating, Integer> preview(ReviewCard card) {
        Map<Rating, Integer> out = new java.util.EnumMap<>(Rating.class);
        long elapsed = elapsedDays(card, Instant.now());
        for (Rating r : Rating.values()) {
            out.put(r, fsrs.interval(fsrs.next(card.state(), elapsed, r).stability()));
        }
        return out;
    }

    /** Applies one review with the given rating at {@code at}; clears the waiting answer and the drawn order. */
    void schedule(ReviewCard card, Rating rating, Instant at) {
        Fsrs6.State before = card.state();
        Fsrs6.State after = fsrs.next(before, elapsedDays(card, at), rating);
        card.stability = after.stability();
        card.difficulty = after.difficulty();
        card.lastReviewAt = at;
        card.reps++;
        if (rating == Rating.AGAIN && before != null) {
            card.lapses++;
        }
        card.dueOn = at.atZone(config.zone()).toLocalDate().plusDays(fsrs.interval(after.stability()));
        card.pendingCorrect = null;
        card.pendingResponse = null;
        card.shownOrder = null;
    }

    /** Whole calendar days (in the review zone) since the last review; 0 for a first review or the same day. */
    long elapsedDays(ReviewCard card, Instant at) {
        if (card.lastReviewAt == null) {
            return 0;
        }
        return Math.max(0, ChronoUnit.DAYS.between(card.lastReviewAt.atZone(config.zone()).toLocalDate(),
                at.atZone(config.zone()).toLocalDate()));
    }

    private Optional<LiveCard> own(String subject, long id, boolean lock) {
        ReviewCard card = lock ? ReviewCard.<ReviewCard>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElse(null)
                : ReviewCard.<ReviewCard>findByIdOptional(id).orElse(null);
        if (card == null || !card.subject.equals(subject)) {
            return Optional.empty();
        }
        return live(card);
    }

    private Optional<LiveCard> live(ReviewCard card) {
        return quizzes.quiz(card.quizId).flatMap(quiz -> quiz.question(card.questionId).map(q -> new LiveCard(card, quiz, q)));
    }

    private ReviewCard newCard(String subject, String courseId, String quizId, String questionId, ReviewCard.Source source,
            Instant at) {
        ReviewCard card = new ReviewCard();
        card.subject = subject;
        card.courseId = courseId;
        card.quizId = quizId;
        card.questionId = questionId;
        card.source = source;
        card.createdAt = at;
        card.dueOn = at.atZone(config.zone()).toLocalDate();
        return card;
    }

    /** A uniform shuffle of the choices, never looking at the key (see QuizAttempts.shownOrder). */
    private List<String> shuffled(Question q) {
        List<String> ids = new ArrayList<>(q.shuffledChoices().stream().map(Choice::id).toList());
        if (q.type() != QuestionType.FILL && q.type() != QuestionType.NUMERIC && q.type() != QuestionType.TRUE_FALSE) {
            Collections.shuffle(ids, random);
        }
        return ids;
    }

    private String write(List<String> response) {
        try {
            return json.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    static Map<String, Rating> ratings() {
        return Map.of("again", Rating.AGAIN, "hard", Rating.HARD, "good", Rating.GOOD, "easy", Rating.EASY);
    }
}
