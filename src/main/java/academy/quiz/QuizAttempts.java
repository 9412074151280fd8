package academy.quiz;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import academy.quiz.content.Choice;
import academy.quiz.content.Question;
import academy.quiz.content.QuestionType;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;
import academy.quiz.grading.AnswerReader;
import academy.quiz.grading.InvalidAnswerException;
import academy.quiz.grading.QuestionScore;
import academy.quiz.grading.QuizGrader;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Starting, grading and finding attempts. Owns the rules: attempt numbers and limits, the per-attempt
 * draw and option order, the time limit, one grading per attempt, and the {@link AttemptGraded} and {@link QuizPassed} events.
 */
@ApplicationScoped
public class QuizAttempts {

    /** Network slack after the deadline before a submission counts as late. */
    static final Duration GRACE = Duration.ofSeconds(30);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    QuizCatalog catalog;

    @Inject
    Event<QuizPassed> passedEvent;

    @Inject
    Event<AttemptGraded> gradedEvent;

    @Inject
    ObjectMapper json;

    @Inject
    academy.grades.QuizOverrides overrides;

    /**
     * One generator per thread: every SecureRandom on the default NativePRNG shares one lock, and 200 learners
     * starting attempts queued on it (seen in thread dumps under load). A DRBG instance is seeded from the system's
     * entropy once and is as unpredictable; it draws tokens, question draws and option orders.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(QuizAttempts::newGenerator);

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** The graded (or already graded) attempt, and whether this call graded it. */
    public record Submission(QuizAttempt attempt, boolean alreadyGraded) {
    }

    /**
     * The learner's open attempt at this quiz, or a new one. Re-posting the start form therefore
     * resumes instead of using up another attempt. Concurrent starts (a double click, two app
     * instances) race on the unique (quiz, subject, attempt number) key: the loser's transaction
     * rolls back and its retry finds the winner's open attempt.
     */
    public QuizAttempt start(String subject, Quiz quiz) {
        for (int tries = 1;; tries++) {
            try {
                // An overdue open attempt is graded and committed even when no new attempt may start.
                Optional<QuizAttempt> started = QuarkusTransaction.requiringNew().call(() -> startInTransaction(subject, quiz));
                if (started.isPresent()) {
                    return started.get();
                }
                academy.grades.OverridePolicy.Limits limits = overrides.limits(subject, quiz);
                Instant now = Instant.now();
                if (limits.notYetOpen(now) || limits.closed(now)) {
                    throw new QuizClosedException(limits.opensAt(), limits.closesAt(), limits.notYetOpen(now));
                }
                throw new AttemptsExhaustedException(limits.maxAttempts() == null ? 0 : limits.maxAttempts());
            } catch (RuntimeException e) {
                if (tries >= 5 || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    /** SQL state class 23 (integrity constraint violation) anywhere in the cause chain. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private Optional<QuizAttempt> startInTransaction(String subject, Quiz quiz) {
        List<QuizAttempt> earlier = QuizAttempt.forQuiz(subject, quiz.id()); // ordered by attempt number
        for (QuizAttempt open : earlier) {
            if (!open.finished()) {
                if (!overdue(open, Instant.now())) {
                    open.answers.size(); // callers render it after the transaction
                    return Optional.of(open);
                }
                // two instances starting at once must not both grade it: lock the row and read it again
                QuizAttempt.getEntityManager().refresh(open, LockModeType.PESSIMISTIC_WRITE);
                if (!open.finished()) {
                    grade(open, quiz, Map.of(), Instant.now());
                }
            }
        }
        // Overrides (extra time, extra attempts, a window) as they apply to this learner now.
        academy.grades.OverridePolicy.Limits limits = overrides.limits(subject, quiz);
        if (limits.notYetOpen(Instant.now()) || limits.closed(Instant.now())) {
            return Optional.empty();
        }
        int last = earlier.isEmpty() ? 0 : earlier.get(earlier.size() - 1).attemptNumber;
        if (limits.maxAttempts() != null && last >= limits.maxAttempts()) {
            return Optional.empty();
        }
        QuizAttempt attempt = new QuizAttempt();
        attempt.subject = subject;
        attempt.courseId = quiz.courseId();
        attempt.quizId = quiz.id();
        attempt.contentHash = quiz.contentHash();
        attempt.attemptNumber = last + 1;
        attempt.token = newToken();
        attempt.state = AttemptState.IN_PROGRESS;
        attempt.openSlot = quiz.id() + "|" + subject;
        attempt.startedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        attempt.deadlineAt = limits.timeLimitMinutes() == null ? null
                : attempt.startedAt.plus(Duration.ofMinutes(limits.timeLimitMinutes()));
        if (limits.closesAt() != null && (attempt.deadlineAt == null || limits.closesAt().isBefore(attempt.deadlineAt))) {
            attempt.deadlineAt = limits.closesAt(); // the window's close ends the attempt
        }
        int number = 0;
        for (Question q : draw(quiz)) {
            QuizAttemptAnswer row = new QuizAttemptAnswer();
            row.attempt = attempt;
            row.questionNumber = ++number;
            row.questionId = q.id();
            row.shownOrder = String.join(",", shownOrder(q, quiz.shuffle()));
            row.maxPoints = q.points();
            attempt.answers.add(row);
            attempt.maxPoints += q.points();
        }
        attempt.persistAndFlush();
        academy.account.Learner.progressChanged(subject);
        return Optional.of(attempt);
    }

    /**
     * Grades an open attempt once. Every answer is checked before anything is stored; a second
     * submission of the same attempt returns the stored result unchanged.
     *
     * @return empty when no attempt with this token belongs to the subject
     */
    @Transactional
    public Optional<Submission> submit(String subject, String token, Map<String, List<String>> answers) {
        return submit(subject, token, null, answers);
    }

    /**
     * {@link #submit(String, String, Map)} for an attempt that must belong to {@code quizId} (null: any quiz). The
     * returned attempt has its answers loaded, so callers render it after the transaction without reading it again.
     */
    @Transactional
    public Optional<Submission> submit(String subject, String token, String quizId, Map<String, List<String>> answers) {
        Optional<QuizAttempt> found = QuizAttempt.<QuizAttempt>find("token", token)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .filter(a -> a.subject.equals(subject) && (quizId == null || a.quizId.equals(quizId)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        QuizAttempt attempt = found.get();
        attempt.answers.size();
        if (attempt.finished()) {
            return Optional.of(new Submission(attempt, true));
        }
        Quiz quiz = catalog.quiz(attempt.quizId).orElse(null);
        if (quiz == null) {
            return Optional.empty(); // the quiz was removed from the content: nothing left to grade against
        }
        grade(attempt, quiz, answers, Instant.now());
        return Optional.of(new Submission(attempt, false));
    }

    /** What a saved draft left behind: how many of the attempt's questions now have an answer. */
    public record DraftSaved(int answered, int total, Instant savedAt) {
    }

    /**
     * Saves answers to an open attempt without grading it, validated exactly like a submission (this
     * attempt's codes only, known questions, sizes); nothing is stored when one of them is bad.
     *
     * @param replaceAll true for a whole form (a question missing from it is cleared), false to save only the given ones
     * @return empty when no attempt with this token belongs to the subject, or its quiz is gone
     * @throws DraftRefusedException when the attempt is graded, or past its time limit (it is then graded on its drafts)
     */
    @Transactional(dontRollbackOn = DraftRefusedException.class)
    public Optional<DraftSaved> saveDrafts(String subject, String token, Map<String, List<String>> answers, boolean replaceAll) {
        Optional<QuizAttempt> found = QuizAttempt.<QuizAttempt>find("token", token)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .filter(a -> a.subject.equals(subject));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        QuizAttempt attempt = found.get();
        if (attempt.finished()) {
            throw new DraftRefusedException(DraftRefusedException.Reason.GRADED, token);
        }
        Quiz quiz = catalog.quiz(attempt.quizId).orElse(null);
        if (quiz == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (overdue(attempt, now)) {
            grade(attempt, quiz, Map.of(), now);
            throw new DraftRefusedException(DraftRefusedException.Reason.EXPIRED, token);
        }
        checkKnown(attempt, answers);
        Map<QuizAttemptAnswer, String> drafts = new java.util.LinkedHashMap<>();
        for (QuizAttemptAnswer row : attempt.answers) {
            List<String> raw = answers.get(row.questionId);
            if (raw == null && !replaceAll) {
                continue;
            }
            Optional<Question> question = quiz.question(row.questionId);
            List<String> response = raw == null || question.isEmpty() ? List.of()
                    : AnswerReader.read(question.get(), ChoiceCodes.of(question.get(), row.shownIds()).decode(question.get(), raw));
            String text = response.isEmpty() ? null : write(response);
            if (text != null && text.length() > 4000) {
                throw new InvalidAnswerException(InvalidAnswerException.Kind.TOO_LONG, row.questionId,
                        "the answer to question '" + row.questionId + "' is too long");
            }
            drafts.put(row, text);
        }
        Instant saved = now.truncatedTo(ChronoUnit.MILLIS);
        drafts.forEach((row, text) -> {
            row.draft = text;
            row.draftSavedAt = saved;
        });
        int answered = (int) attempt.answers.stream().filter(a -> a.draft != null).count();
        return Optional.of(new DraftSaved(answered, attempt.answers.size(), saved));
    }

    /** The saved draft of an open attempt's question, canonical (author ids). */
    public List<String> draft(QuizAttemptAnswer row) {
        return read(row.draft);
    }

    /** The subject's attempt by token; an overdue open attempt is graded (late) first. */
    @Transactional
    public Optional<QuizAttempt> find(String subject, String token) {
        Optional<QuizAttempt> found = QuizAttempt.findByToken(token).filter(a -> a.subject.equals(subject));
        found.filter(a -> !a.finished() && overdue(a, Instant.now()))
                .ifPresent(a -> catalog.quiz(a.quizId).ifPresent(q -> grade(a, q, Map.of(), Instant.now())));
        found.ifPresent(a -> a.answers.size());
        return found;
    }

    @Transactional
    public List<QuizAttempt> attempts(String subject, String quizId) {
        List<QuizAttempt> list = QuizAttempt.forQuiz(subject, quizId);
        list.forEach(a -> a.answers.size());
        return list;
    }

    /**
     * The subject's attempts, newest first, <em>without</em> their answers (lists and summaries show the attempt's own
     * columns only; loading every attempt's answers was one query per attempt).
     */
    @Transactional
    public List<QuizAttempt> attempts(String subject) {
        return QuizAttempt.forSubject(subject);
    }

    /** The subject's {@code limit} newest attempts, without their answers (the dashboard's "recent attempts"). */
    @Transactional
    public List<QuizAttempt> latestAttempts(String subject, int limit) {
        return QuizAttempt.latestForSubject(subject, limit);
    }

    /** The stored response of a graded question, as submitted (canonical form). */
    public List<String> response(QuizAttemptAnswer row) {
        return read(row.response);
    }

    private List<String> read(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return json.readValue(stored, STRINGS);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    static boolean overdue(QuizAttempt attempt, Instant now) {
        return attempt.deadlineAt != null && now.isAfter(attempt.deadlineAt.plus(GRACE));
    }

    private static void checkKnown(QuizAttempt attempt, Map<String, List<String>> answers) {
        Set<String> asked = attempt.answers.stream().map(a -> a.questionId).collect(Collectors.toSet());
        for (String questionId : answers.keySet()) {
            if (!asked.contains(questionId)) {
                throw new InvalidAnswerException(InvalidAnswerException.Kind.UNKNOWN_QUESTION, questionId,
                        "this attempt has no question '" + (questionId.length() > 40 ? questionId.substring(0, 40) + "…" : questionId) + "'");
            }
        }
    }

    /**
     * Grades in time with the submitted answers; past the time limit with the drafts saved in time
     * (drafts are refused after the limit), so what was sent late never counts and what was saved does.
     */
    private void grade(QuizAttempt attempt, Quiz quiz, Map<String, List<String>> answers, Instant now) {
        checkKnown(attempt, answers);
        boolean late = overdue(attempt, now);
        // Read every response before storing anything: one bad answer rejects the whole submission.
        List<List<String>> responses = new ArrayList<>();
        for (QuizAttemptAnswer row : attempt.answers) {
            Optional<Question> question = quiz.question(row.questionId);
            if (late) {
                responses.add(question.isPresent() ? draft(row) : List.of());
                continue;
            }
            List<String> raw = answers.getOrDefault(row.questionId, List.of());
            responses.add(question.map(q -> AnswerReader.read(q, ChoiceCodes.of(q, row.shownIds()).decode(q, raw))).orElse(List.of()));
        }
        double total = 0;
        for (int i = 0; i < attempt.answers.size(); i++) {
            QuizAttemptAnswer row = attempt.answers.get(i);
            List<String> response = responses.get(i);
            QuestionScore score = quiz.question(row.questionId).map(q -> QuizGrader.score(q, response))
                    .orElse(new QuestionScore(0, row.maxPoints, false));
            row.response = response.isEmpty() ? null : write(response);
            row.points = score.points();
            row.correct = score.correct();
            total += score.points();
        }
        attempt.scorePoints = total;
        attempt.scorePercent = attempt.maxPoints == 0 ? 0 : (int) Math.floor(total * 100 / attempt.maxPoints + 1e-9);
        attempt.passed = attempt.scorePercent >= quiz.passMark();
        attempt.late = late;
        // to the millisecond, as stored: the grading call answers with this value, later reads with the stored one
        attempt.finishedAt = late ? attempt.deadlineAt : now.truncatedTo(ChronoUnit.MILLIS);
        attempt.state = AttemptState.FINISHED;
        attempt.openSlot = null;
        academy.account.Learner.progressChanged(attempt.subject);
        List<String> missed = late ? List.of()
                : attempt.answers.stream().filter(a -> !Boolean.TRUE.equals(a.correct) && quiz.question(a.questionId).isPresent())
                        .map(a -> a.questionId).toList();
        gradedEvent.fire(new AttemptGraded(attempt.subject, quiz.courseId(), quiz.id(), attempt.finishedAt, missed));
        if (attempt.passed) {
            passedEvent.fire(new QuizPassed(attempt.subject, quiz.courseId(), quiz.moduleId(), quiz.lessonSlug(),
                    attempt.scorePercent));
        }
    }

    private String write(List<String> response) {
        try {
            return json.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    /** The questions of a new attempt: all, or a random draw kept in file order. */
    private List<Question> draw(Quiz quiz) {
        if (quiz.draw() <= 0 || quiz.draw() >= quiz.questions().size()) {
            return quiz.questions();
        }
        List<Question> pool = new ArrayList<>(quiz.questions());
        Collections.shuffle(pool, RANDOM.get());
        List<Question> drawn = new ArrayList<>(pool.subList(0, quiz.draw()));
        drawn.sort(Comparator.comparingInt(quiz.questions()::indexOf));
        return drawn;
    }

    /**
     * The order choices are shown in. Options follow the quiz's shuffle setting; ordering items and
     * the right column of a match are always shuffled, since file order usually is the answer. The
     * shuffle is uniform and never looks at the key: an order that "avoids the answer" would itself
     * reveal the answer to anyone who reloads often enough.
     */
    public List<String> shownOrder(Question q, boolean shuffle) {
        List<String> ids = new ArrayList<>(q.shuffledChoices().stream().map(Choice::id).toList());
        if (shuffle || q.type() == QuestionType.ORDERING || q.type() == QuestionType.MATCH) {
            Collections.shuffle(ids, RANDOM.get());
        }
        return ids;
    }

    private String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.get().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
