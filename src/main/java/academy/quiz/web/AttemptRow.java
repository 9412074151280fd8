package academy.quiz.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import academy.quiz.QuizAttempt;
import academy.quiz.content.Quiz;

/** One line of an attempts history. */
public record AttemptRow(String token, String quizTitle, String quizUrl, int attemptNumber, boolean finished,
        Instant startedAt, Integer scorePercent, boolean passed, boolean late) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    static AttemptRow of(QuizAttempt a, Quiz quiz) {
        return new AttemptRow(a.token, quiz == null ? a.quizId : academy.web.Ui.titleOf(quiz), quiz == null ? null : quiz.url(), a.attemptNumber,
                a.finished(), a.startedAt, a.scorePercent, Boolean.TRUE.equals(a.passed), a.late);
    }

    public String url() {
        return "/me/attempts/" + token;
    }

    public String started() {
        return WHEN.format(startedAt);
    }
}
