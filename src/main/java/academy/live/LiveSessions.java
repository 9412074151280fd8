package academy.live;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import academy.cohort.CohortMember;
import academy.live.LiveRefusedException.Reason;
import academy.quiz.ChoiceCodes;
import academy.quiz.QuizAttempts;
import academy.quiz.content.Choice;
import academy.quiz.content.Question;
import academy.quiz.content.QuestionType;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import academy.quiz.grading.AnswerReader;
import academy.quiz.grading.QuestionScore;
import academy.quiz.grading.QuizGrader;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The rules of live sessions: creating one with a fresh join code, joining, moving through the questions, taking
 * and grading answers, and counting. Every change publishes a {@link LiveSignal} on the {@link LiveBus} inside its
 * transaction. Host actions name the session version the host saw, so a double click or a second screen never
 * skips a question.
 */
@ApplicationScoped
public class LiveSessions {

    /** Network slack after a question's deadline. */
    static final Duration GRACE = Duration.ofSeconds(2);
    /** Without a timer, speed points fall off over this time. */
    static final Duration SPEED_WINDOW = Duration.ofSeconds(30);
    public static final int MAX_QUESTIONS = 100;
    private static final TypeReference<List<Step>> STEPS = new TypeReference<>() {
    };

    /** One planned question: its id and its options (author ids) in the order everyone sees them. */
    public record Step(String q, List<String> o) {
    }

    @Inject
    QuizCatalog catalog;

    @Inject
    LiveBus bus;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    private final SecureRandom random = new SecureRandom();

    /** The question types a live session can ask: one tap (or a few) on a phone, counted per option. */
    public static boolean liveType(Question q) {
        return q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE || q.type() == QuestionType.TRUE_FALSE;
    }

    /**
     * A new session in the lobby with a join code no running session has. {@code questionIds} empty means every
     * question of the quiz that a live session can ask, in file order.
     */
    public LiveSession create(long cohortId, String host, Quiz quiz, List<String> questionIds, Integer timerSeconds,
            LiveSession.Board board) {
        if (timerSeconds != null && (timerSeconds < 5 || timerSeconds > 3600)) {
            throw new LiveRefusedException(Reason.BAD_TIMER);
        }
        if (board == null) {
            throw new LiveRefusedException(Reason.BAD_BOARD);
        }
        List<Question> chosen = new ArrayList<>();
        if (questionIds == null || questionIds.isEmpty()) {
            quiz.questions().stream().filter(LiveSessions::liveType).forEach(chosen::add);
        } else {
            if (questionIds.size() > MAX_QUESTIONS) {
                throw new LiveRefusedException(Reason.TOO_MANY_QUESTIONS);
            }
            for (String id : questionIds) {
                Question q = quiz.question(id).filter(LiveSessions::liveType).orElseThrow(() -> new LiveRefusedException(Reason.UNKNOWN_QUESTION));
                if (!chosen.contains(q)) {
                    chosen.add(q);
                }
            }
        }
        if (chosen.isEmpty()) {
            throw new LiveRefusedException(Reason.NO_QUESTIONS);
        }
        if (chosen.size() > MAX_QUESTIONS) {
            chosen = chosen.subList(0, MAX_QUESTIONS);
        }
        List<Step> steps = new ArrayList<>();
        for (Question q : chosen) {
            List<String> order = new ArrayList<>(q.shuffledChoices().stream().map(Choice::id).toList());
            Collections.shuffle(order, random); // uniform: an option's position says nothing about the key
            steps.add(new Step(q.id(), List.copyOf(order)));
        }
        String plan;
        try {
            plan = json.writeValueAsString(steps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (int tries = 1;; tries++) {
            String code = "%06d".formatted(random.nextInt(1_000_000));
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    LiveSession s = new LiveSession();
                    s.cohortId = cohortId;
                    s.hostSubject = host;
                    s.quizId = quiz.id();
                    s.questions = plan;
                    s.joinCode = code;
                    s.openCode = code;
                    s.phase = LiveSession.Phase.LOBBY;
                    s.currentIndex = -1;
                    s.timerSeconds = timerSeconds;
                    s.board = board;
                    s.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                    s.persistAndFlush();
                    return s;
                });
            } catch (RuntimeException e) {
                if (tries >= 20 || !QuizAttempts.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    public List<Step> plan(LiveSession s) {
        try {
            return json.readValue(s.questions, STEPS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("live session " + s.id + " has an unreadable plan", e);
        }
    }

    /** The quiz question at a step of the plan, as the catalog has it now (empty if it was removed since). */
    public Optional<Question> question(LiveSession s, Step step) {
        return catalog.quiz(s.quizId).flatMap(q -> q.question(step.q()));
    }

    /** The choices of a step under their codes, in shown order; a true/false question's two values (text from the page). */
    public static List<Choice> shown(Question q, ChoiceCodes codes) {
        return q.type() == QuestionType.TRUE_FALSE ? List.of(new Choice("true", ""), new Choice("false", "")) : codes.shownChoices();
    }

    /** The codes browsers see for one step: {@code o1, o2, ...} by shown position; true/false as themselves. */
    public static ChoiceCodes codes(Question q, Step step) {
        return ChoiceCodes.of(q, step.o());
    }

    /** The running session with this code, joined by the learner if they are in its class; 404-like otherwise. */
    @Transactional
    public LiveSession join(String code, String subject) {
        String c = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!c.matches("\\d{6}")) {
            throw new LiveRefusedException(Reason.CODE_MALFORMED);
        }
        LiveSession s = LiveSession.<LiveSession>find("openCode", c).firstResultOptional()
                .orElseThrow(() -> new LiveRefusedException(Reason.CODE_UNKNOWN));
        if (!member(s.cohortId, subject)) {
            throw new LiveRefusedException(Reason.CODE_UNKNOWN);
        }
        if (LiveParticipant.count("sessionId = ?1 and subject = ?2", s.id, subject) == 0) {
            LiveParticipant p = new LiveParticipant();
            p.sessionId = s.id;
            p.subject = subject;
            p.joinedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            try {
                em.persist(p);
                em.flush();
            } catch (PersistenceException e) {
                if (!QuizAttempts.isUniqueViolation(e)) {
                    throw e;
                }
                throw new JoinRace(s.id);
            }
            bus.publish(s.id, LiveSignal.Kind.JOIN);
        }
        return s;
    }

    /** A second tab joined at the same moment: the other one's row stands. */
    public static final class JoinRace extends RuntimeException {
        public final long sessionId;

        JoinRace(long sessionId) {
            super(null, null, false, false);
            this.sessionId = sessionId;
        }
    }

    static boolean member(long cohortId, String subject) {
        return CohortMember.count("cohortId = ?1 and subject = ?2 and leftAt is null", cohortId, subject) > 0;
    }

    public static boolean participant(long sessionId, String subject) {
        return LiveParticipant.count("sessionId = ?1 and subject = ?2", sessionId, subject) > 0;
    }

    /** Opens the next question (or the first, from the lobby). */
    @Transactional
    public LiveSession next(long sessionId, int seenVersion) {
        LiveSession s = current(sessionId, seenVersion);
        if (s.currentIndex + 1 >= plan(s).size()) {
            throw new LiveRefusedException(Reason.NO_MORE_QUESTIONS);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        s.currentIndex++;
        s.phase = LiveSession.Phase.QUESTION;
        s.openedAt = now;
        s.deadline = s.timerSeconds == null ? null : now.plusSeconds(s.timerSeconds);
        return changed(s);
    }

    /** Shows the current question's answer and explanation everywhere; answers close. */
    @Transactional
    public LiveSession reveal(long sessionId, int seenVersion) {
        LiveSession s = current(sessionId, seenVersion);
        if (s.phase != LiveSession.Phase.QUESTION) {
            throw new LiveRefusedException(Reason.NOT_REVEALABLE);
        }
        s.phase = LiveSession.Phase.REVEALED;
        if (s.deadline == null || s.deadline.isAfter(Instant.now())) {
            s.deadline = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        }
        return changed(s);
    }

    /** Ends the session: the code is freed, the results stay. */
    @Transactional
    public LiveSession end(long sessionId, int seenVersion) {
        LiveSession s = current(sessionId, seenVersion);
        s.phase = LiveSession.Phase.ENDED;
        s.openCode = null;
        s.endedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return changed(s);
    }

    private LiveSession current(long sessionId, int seenVersion) {
        LiveSession s = LiveSession.findById(sessionId);
        if (s == null) {
            throw new NotFoundException();
        }
        if (s.ended()) {
            throw new LiveRefusedException(Reason.ENDED);
        }
        if (s.version != seenVersion) {
            throw new LiveRefusedException(Reason.CHANGED);
        }
        return s;
    }

    private LiveSession changed(LiveSession s) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new LiveRefusedException(Reason.CHANGED);
        }
        bus.publish(s.id, LiveSignal.Kind.STATE);
        return s;
    }

    /**
     * Grades and stores one learner's answer to the current question. The first answer counts; the session is
     * read in the answer's own transaction, so an answer sent after anyone could have seen the reveal is refused.
     */
    @Transactional
    public LiveAnswer answer(long sessionId, String subject, int index, List<String> raw) {
        LiveSession s = LiveSession.findById(sessionId);
        if (s == null || !participant(sessionId, subject)) {
            throw new NotFoundException();
        }
        if (s.ended()) {
            throw new LiveRefusedException(Reason.ENDED);
        }
        if (s.phase == LiveSession.Phase.LOBBY) {
            throw new LiveRefusedException(Reason.NOT_OPEN);
        }
        if (index != s.currentIndex) {
            throw new LiveRefusedException(Reason.WRONG_QUESTION);
        }
        if (s.phase != LiveSession.Phase.QUESTION) {
            throw new LiveRefusedException(Reason.NOT_OPEN);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (s.deadline != null && now.isAfter(s.deadline.plus(GRACE))) {
            throw new LiveRefusedException(Reason.TIME_UP);
        }
        Step step = plan(s).get(index);
        Question q = question(s, step).orElseThrow(() -> new LiveRefusedException(Reason.NOT_OPEN));
        List<String> given = AnswerReader.read(q, codes(q, step).decode(q, raw));
        if (given.isEmpty()) {
            throw new LiveRefusedException(Reason.EMPTY_ANSWER);
        }
        if (LiveAnswer.count("sessionId = ?1 and questionIndex = ?2 and subject = ?3", sessionId, index, subject) > 0) {
            throw new LiveRefusedException(Reason.ALREADY_ANSWERED);
        }
        QuestionScore score = QuizGrader.score(q, given);
        LiveAnswer a = new LiveAnswer();
        a.sessionId = sessionId;
        a.questionIndex = index;
        a.questionId = q.id();
        a.subject = subject;
        a.response = String.join(",", given);
        a.correct = score.correct();
        a.score = score.maxPoints() == 0 ? 0 : score.points() / score.maxPoints();
        a.points = s.board == LiveSession.Board.SPEED && a.correct ? speedPoints(s, now) : 0;
        a.answeredAt = now;
        try {
            em.persist(a);
            em.flush();
        } catch (PersistenceException e) {
            if (QuizAttempts.isUniqueViolation(e)) {
                throw new LiveRefusedException(Reason.ALREADY_ANSWERED);
            }
            throw e;
        }
        bus.publish(sessionId, LiveSignal.Kind.ANSWER);
        return a;
    }

    static int speedPoints(LiveSession s, Instant at) {
        Duration window = s.timerSeconds != null ? Duration.ofSeconds(s.timerSeconds) : SPEED_WINDOW;
        double used = Math.min(1.0, Math.max(0.0, Duration.between(s.openedAt, at).toMillis() / (double) window.toMillis()));
        return (int) Math.round(1000 - 500 * used);
    }

    @Transactional
    public int version(long sessionId) {
        List<Integer> v = em.createQuery("select s.version from LiveSession s where s.id = :id", Integer.class)
                .setParameter("id", sessionId).getResultList();
        return v.isEmpty() ? -1 : v.get(0);
    }

    /** Joined, answered and the per-option histogram of the current question. */
    @Transactional
    public LiveCounts counts(long sessionId) {
        LiveSession s = LiveSession.findById(sessionId);
        if (s == null) {
            return new LiveCounts(-1, -1, 0, 0, Map.of());
        }
        int joined = (int) LiveParticipant.count("sessionId", sessionId);
        if (s.currentIndex < 0) {
            return new LiveCounts(s.version, -1, joined, 0, Map.of());
        }
        Step step = plan(s).get(s.currentIndex);
        List<String> responses = em.createQuery("select a.response from LiveAnswer a where a.sessionId = :s and a.questionIndex = :i", String.class)
                .setParameter("s", sessionId).setParameter("i", s.currentIndex).getResultList();
        Map<String, Integer> histogram = histogram(s, step, responses);
        return new LiveCounts(s.version, s.currentIndex, joined, responses.size(), histogram);
    }

    /** Count per option code, in shown order, every option present (zero included). */
    Map<String, Integer> histogram(LiveSession s, Step step, List<String> responses) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Optional<Question> q = question(s, step);
        if (q.isEmpty()) {
            return out;
        }
        ChoiceCodes codes = codes(q.get(), step);
        shown(q.get(), codes).forEach(c -> out.put(c.id(), 0));
        for (String r : responses) {
            for (String code : codes.encode(Arrays.asList(r.split(",")))) {
                out.computeIfPresent(code, (k, n) -> n + 1);
            }
        }
        return out;
    }

    /** All answers of a session, by question index then learner. */
    public Map<Integer, Map<String, LiveAnswer>> answers(long sessionId) {
        Map<Integer, Map<String, LiveAnswer>> out = new HashMap<>();
        for (LiveAnswer a : LiveAnswer.<LiveAnswer>list("sessionId", sessionId)) {
            out.computeIfAbsent(a.questionIndex, k -> new HashMap<>()).put(a.subject, a);
        }
        return out;
    }

    public List<String> participants(long sessionId) {
        return em.createQuery("select p.subject from LiveParticipant p where p.sessionId = :s order by p.joinedAt, p.id", String.class)
                .setParameter("s", sessionId).getResultList();
    }
}
