package academy.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import academy.cohort.CohortProgress;
import academy.quiz.ChoiceCodes;
import academy.quiz.content.Choice;
import academy.quiz.content.Question;
import academy.quiz.content.QuestionType;
import academy.quiz.content.Quiz;
import academy.quiz.content.QuizCatalog;

/**
 * What the host's big screen and a learner's device show of a session right now. The answer (which options are
 * right) and the explanation are filled in only once the question is revealed; before that a view holds the prompt
 * and the options under this session's codes, nothing else about them.
 */
@ApplicationScoped
public class LiveViews {

    public record OptionView(String code, String html, int count, int percent, boolean correct, boolean mine) {
    }

    public record BoardRow(int rank, String subject, String name, int correct, int answered, int points, boolean me) {
    }

    /**
     * @param number       1-based number of the current question, 0 in the lobby
     * @param remainingMs  time left to answer, {@code null} without a timer or once closed
     * @param mineAnswered whether the viewing learner answered the current question
     * @param mineCorrect  revealed only: whether their answer was right
     */
    public record LiveView(LiveSession session, String quizTitle, String quizTitleEn, int number, int total, String phase,
            boolean questionMissing, String promptHtml, String explanationHtml, boolean multiple, boolean trueFalse,
            List<OptionView> options, int answered, int joined, Long remainingMs, boolean mineAnswered, Boolean mineCorrect,
            List<BoardRow> board, BoardRow myRow, int myCorrect, int myAnswered, int asked) {

        public boolean lobby() {
            return "LOBBY".equals(phase);
        }

        public boolean open() {
            return "QUESTION".equals(phase);
        }

        public boolean revealed() {
            return "REVEALED".equals(phase);
        }

        public boolean ended() {
            return "ENDED".equals(phase);
        }

        public boolean timeUp() {
            return open() && remainingMs != null && remainingMs <= 0;
        }

        public int remainingSeconds() {
            return remainingMs == null ? 0 : (int) ((remainingMs + 999) / 1000);
        }

        public boolean hasNext() {
            return number < total;
        }

        public boolean leaderboard() {
            return session.board != LiveSession.Board.NONE;
        }

        public boolean speed() {
            return session.board == LiveSession.Board.SPEED;
        }

        public int answeredPercent() {
            return joined == 0 ? 0 : Math.round(100f * answered / joined);
        }
    }

    @Inject
    LiveSessions sessions;

    @Inject
    QuizCatalog catalog;

    @Inject
    CohortProgress names;

    /** The view for {@code viewer}: the host ({@code host == true}) sees counts while answers come in. */
    @Transactional
    public LiveView view(LiveSession s, String viewer, boolean host) {
        List<LiveSessions.Step> plan = sessions.plan(s);
        Optional<Quiz> quiz = catalog.quiz(s.quizId);
        String title = quiz.map(Quiz::title).orElse(s.quizId);
        String titleEn = quiz.map(Quiz::titleEn).orElse(s.quizId);
        Map<Integer, Map<String, LiveAnswer>> answers = sessions.answers(s.id);
        List<String> participants = sessions.participants(s.id);
        int joined = participants.size();
        boolean revealed = s.phase == LiveSession.Phase.REVEALED;
        boolean showQuestion = s.phase == LiveSession.Phase.QUESTION || revealed;
        int asked = s.settled();

        String prompt = null;
        String explanation = null;
        boolean multiple = false;
        boolean trueFalse = false;
        boolean missing = false;
        List<OptionView> options = List.of();
        int answered = 0;
        boolean mineAnswered = false;
        Boolean mineCorrect = null;
        Long remaining = null;
        if (showQuestion) {
            LiveSessions.Step step = plan.get(s.currentIndex);
            Map<String, LiveAnswer> here = answers.getOrDefault(s.currentIndex, Map.of());
            answered = here.size();
            LiveAnswer mine = viewer == null ? null : here.get(viewer);
            mineAnswered = mine != null;
            Optional<Question> q = sessions.question(s, step);
            if (q.isEmpty()) {
                missing = true;
            } else {
                Question question = q.get();
                prompt = question.promptHtml();
                multiple = question.type() == QuestionType.MULTIPLE;
                trueFalse = question.type() == QuestionType.TRUE_FALSE;
                ChoiceCodes codes = LiveSessions.codes(question, step);
                Map<String, Integer> histogram = sessions.histogram(s, step,
                        here.values().stream().map(a -> a.response).toList());
                List<String> key = revealed ? codes.encode(keyOf(question)) : List.of();
                List<String> mineCodes = mine == null ? List.of() : codes.encode(List.of(mine.response.split(",")));
                boolean counts = host || revealed;
                List<OptionView> out = new ArrayList<>();
                for (Choice c : LiveSessions.shown(question, codes)) {
                    int n = counts ? histogram.getOrDefault(c.id(), 0) : 0;
                    out.add(new OptionView(c.id(), c.html(), n, counts && answered > 0 ? Math.round(100f * n / answered) : 0,
                            key.contains(c.id()), mineCodes.contains(c.id())));
                }
                options = out;
                if (revealed) {
                    explanation = question.explanationHtml();
                    mineCorrect = mine == null ? null : mine.correct;
                }
            }
            if (s.phase == LiveSession.Phase.QUESTION && s.deadline != null) {
                remaining = Math.max(0, Duration.between(Instant.now(), s.deadline).toMillis());
            }
        }

        List<BoardRow> board = List.of();
        BoardRow myRow = null;
        int myCorrect = 0;
        int myAnswered = 0;
        if (viewer != null) {
            for (Map.Entry<Integer, Map<String, LiveAnswer>> e : answers.entrySet()) {
                if (e.getKey() >= asked) {
                    continue; // the open question counts once revealed
                }
                LiveAnswer a = e.getValue().get(viewer);
                if (a != null) {
                    myAnswered++;
                    myCorrect += a.correct ? 1 : 0;
                }
            }
        }
        if (s.board != LiveSession.Board.NONE && (revealed || s.ended())) {
            board = ranking(s, participants, answers, asked, viewer);
            myRow = board.stream().filter(BoardRow::me).findFirst().orElse(null);
        }
        return new LiveView(s, title, titleEn, s.currentIndex + 1, plan.size(), s.phase.name(), missing, prompt, explanation,
                multiple, trueFalse, options, answered, joined, remaining, mineAnswered, mineCorrect, board, myRow, myCorrect,
                myAnswered, asked);
    }

    /** Everyone who joined, ranked: by correct answers (accuracy mode) or points (speed mode); ties share a rank. */
    List<BoardRow> ranking(LiveSession s, List<String> participants, Map<Integer, Map<String, LiveAnswer>> answers, int asked,
            String viewer) {
        Map<String, int[]> tally = new HashMap<>();
        participants.forEach(p -> tally.put(p, new int[3]));
        answers.forEach((index, bySubject) -> {
            if (index < asked) {
                bySubject.forEach((subject, a) -> {
                    int[] t = tally.computeIfAbsent(subject, k -> new int[3]);
                    t[0] += a.correct ? 1 : 0;
                    t[1]++;
                    t[2] += a.points;
                });
            }
        });
        Map<String, String[]> shown = names.names(tally.keySet());
        boolean speed = s.board == LiveSession.Board.SPEED;
        List<BoardRow> rows = new ArrayList<>();
        tally.forEach((subject, t) -> rows.add(new BoardRow(0, subject,
                shown.containsKey(subject) ? shown.get(subject)[0] : subject, t[0], t[1], t[2], subject.equals(viewer))));
        Comparator<BoardRow> order = speed ? Comparator.comparingInt(BoardRow::points).reversed()
                : Comparator.comparingInt(BoardRow::correct).reversed();
        rows.sort(order.thenComparing(BoardRow::name, String.CASE_INSENSITIVE_ORDER));
        List<BoardRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BoardRow r = rows.get(i);
            int rank = i + 1;
            if (i > 0) {
                BoardRow prev = ranked.get(i - 1);
                boolean tie = speed ? prev.points() == r.points() : prev.correct() == r.correct();
                if (tie) {
                    rank = prev.rank();
                }
            }
            ranked.add(new BoardRow(rank, r.subject(), r.name(), r.correct(), r.answered(), r.points(), r.me()));
        }
        return ranked;
    }

    /** The right options of a choice question, or the truth of a true/false one, in author ids. */
    static List<String> keyOf(Question q) {
        if (q.type() == QuestionType.TRUE_FALSE) {
            return q.key().truth() == null ? List.of() : List.of(q.key().truth().toString());
        }
        return q.key().optionIds();
    }

    /** Per question of an ended (or running) session: the results page. */
    public record QuestionResult(int number, String promptHtml, String explanationHtml, boolean trueFalse, List<OptionView> options,
            int answered, int correct, int percentCorrect) {
    }

    public record LearnerResult(String name, int answered, int correct, int points) {
    }

    public record Results(LiveSession session, String quizTitle, String quizTitleEn, int joined, int asked, List<QuestionResult> questions,
            List<LearnerResult> learners, int meanPercent) {
    }

    @Transactional
    public Results results(LiveSession s) {
        List<LiveSessions.Step> plan = sessions.plan(s);
        Optional<Quiz> quiz = catalog.quiz(s.quizId);
        Map<Integer, Map<String, LiveAnswer>> answers = sessions.answers(s.id);
        List<String> participants = sessions.participants(s.id);
        int asked = s.settled();
        List<QuestionResult> questions = new ArrayList<>();
        for (int i = 0; i < asked && i < plan.size(); i++) {
            LiveSessions.Step step = plan.get(i);
            Map<String, LiveAnswer> here = answers.getOrDefault(i, Map.of());
            Optional<Question> q = sessions.question(s, step);
            int right = (int) here.values().stream().filter(a -> a.correct).count();
            int pct = here.isEmpty() ? 0 : Math.round(100f * right / here.size());
            if (q.isEmpty()) {
                questions.add(new QuestionResult(i + 1, null, null, false, List.of(), here.size(), right, pct));
                continue;
            }
            Question question = q.get();
            ChoiceCodes codes = LiveSessions.codes(question, step);
            boolean tf = question.type() == QuestionType.TRUE_FALSE;
            Map<String, Integer> histogram = sessions.histogram(s, step, here.values().stream().map(a -> a.response).toList());
            List<String> key = codes.encode(keyOf(question));
            List<OptionView> opts = new ArrayList<>();
            for (Choice c : LiveSessions.shown(question, codes)) {
                int n = histogram.getOrDefault(c.id(), 0);
                opts.add(new OptionView(c.id(), c.html(), n, here.isEmpty() ? 0 : Math.round(100f * n / here.size()), key.contains(c.id()), false));
            }
            questions.add(new QuestionResult(i + 1, question.promptHtml(), question.explanationHtml(), tf, opts, here.size(), right, pct));
        }
        List<LearnerResult> learners = new ArrayList<>();
        for (BoardRow r : ranking(s, participants, answers, asked, null)) {
            learners.add(new LearnerResult(r.name(), r.answered(), r.correct(), r.points()));
        }
        int totalAnswers = questions.stream().mapToInt(QuestionResult::answered).sum();
        int totalRight = questions.stream().mapToInt(QuestionResult::correct).sum();
        return new Results(s, quiz.map(Quiz::title).orElse(s.quizId), quiz.map(Quiz::titleEn).orElse(s.quizId), participants.size(), asked,
                questions, learners, totalAnswers == 0 ? 0 : Math.round(100f * totalRight / totalAnswers));
    }
}
