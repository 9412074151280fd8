package academy.quiz.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import academy.account.SignInLinks;
import academy.quiz.ChoiceCodes;
import academy.quiz.QuizAttempt;
import academy.quiz.QuizAttemptAnswer;
import academy.quiz.QuizAttempts;
import academy.quiz.QuizMessages;
import academy.quiz.content.AnswerKey;
import academy.quiz.content.Choice;
import academy.quiz.content.Question;
import academy.quiz.content.Quiz;

/** Builds page views of attempts from the stored snapshot and the loaded quiz. */
@ApplicationScoped
public class AttemptViews {

    @Inject
    QuizAttempts attempts;

    @Inject
    academy.grades.QuizOverrides overrides;

    /** @param pathId the learning path in the page's URL, or null: kept on the quiz's links for its "next lesson" */
    public QuizBox box(Quiz quiz, String subject, String currentPath, String pathId) {
        String pathQuery = AttemptPage.pathQuery(pathId);
        if (subject == null) {
            return new QuizBox(quiz, false, SignInLinks.loginThenBackTo(currentPath), null, null, 0, false, null, true, pathQuery,
                    overrides.limits(null, quiz), false);
        }
        List<QuizAttempt> list = attempts.attempts(subject, quiz.id());
        List<QuizAttempt> graded = list.stream().filter(QuizAttempt::finished).toList();
        Integer best = graded.stream().map(a -> a.scorePercent).filter(Objects::nonNull).max(Integer::compare).orElse(null);
        Integer latest = graded.stream().max(Comparator.comparingInt(a -> a.attemptNumber)).map(a -> a.scorePercent).orElse(null);
        boolean passed = graded.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed));
        String open = list.stream().filter(a -> !a.finished()).findFirst().map(a -> "/me/attempts/" + a.token).orElse(null);
        academy.grades.OverridePolicy.Limits limits = overrides.limits(subject, quiz);
        boolean left = open != null || limits.maxAttempts() == null || list.size() < limits.maxAttempts();
        java.time.Instant now = java.time.Instant.now();
        return new QuizBox(quiz, true, null, best, latest, list.size(), passed, open, left, pathQuery, limits,
                limits.notYetOpen(now) || limits.closed(now));
    }

    public AttemptView view(QuizAttempt attempt, Quiz quiz, QuizMessages msg) {
        List<QuestionForm> forms = new ArrayList<>();
        List<QuestionReview> reviews = new ArrayList<>();
        for (QuizAttemptAnswer row : attempt.answers) {
            Optional<Question> question = quiz.question(row.questionId);
            if (attempt.finished()) {
                reviews.add(question.map(q -> review(row, q, quiz, msg))
                        .orElseGet(() -> new QuestionReview(row.questionNumber, row.questionId, "", "", true,
                                row.points == null ? 0 : row.points, row.maxPoints, Boolean.TRUE.equals(row.correct),
                                row.response != null, List.of(), List.of(), List.of(), "", null, "")));
            } else {
                question.ifPresent(q -> forms.add(form(row, q, attempts.draft(row))));
            }
        }
        return new AttemptView(attempt.token, quiz.id(), academy.web.Ui.titleOf(quiz), quiz.url(), quiz.exam(), attempt.attemptNumber,
                attempt.finished(), attempt.startedAt, attempt.deadlineAt, attempt.finishedAt, attempt.scorePercent,
                attempt.scorePoints == null ? 0 : attempt.scorePoints, attempt.maxPoints, Boolean.TRUE.equals(attempt.passed),
                attempt.late, !attempt.contentHash.equals(quiz.contentHash()), List.copyOf(forms), List.copyOf(reviews),
                quiz.passMark());
    }

    /** Only shown parts of the question are copied, under this attempt's codes: the key and the author's ids stay behind. */
    public static QuestionForm form(QuizAttemptAnswer row, Question q) {
        return form(row, q, List.of());
    }

    /** @param draft the saved answer in author ids; shown under this attempt's codes */
    public static QuestionForm form(QuizAttemptAnswer row, Question q, List<String> draft) {
        ChoiceCodes codes = ChoiceCodes.of(q, row.shownIds());
        return new QuestionForm(row.questionNumber, q.id(), q.type().yamlName(), q.promptHtml(), q.points(), q.unit(),
                codes.shownChoices(), codes.leftChoices(), List.copyOf(codes.encode(draft)));
    }

    /** A graded question as the result page shows it (the key included): only for questions already graded. */
    public QuestionReview review(QuizAttemptAnswer row, Question q, Quiz quiz, QuizMessages msg) {
        List<String> response = attempts.response(row);
        AnswerKey key = q.key();
        List<ReviewChoice> choices = List.of();
        List<AnswerLine> yours = new ArrayList<>();
        List<AnswerLine> right = new ArrayList<>();
        switch (q.type()) {
            case SINGLE, MULTIPLE -> choices = ChoiceCodes.of(q, row.shownIds()).shownAuthorChoices().stream()
                    .map(c -> new ReviewChoice(c.html(), response.contains(c.id()), key.optionIds().contains(c.id()))).toList();
            case TRUE_FALSE -> {
                response.forEach(v -> yours.add(AnswerLine.text("true".equals(v) ? msg.true_label() : msg.false_label())));
                right.add(AnswerLine.text(Boolean.TRUE.equals(key.truth()) ? msg.true_label() : msg.false_label()));
            }
            case FILL -> {
                response.forEach(v -> yours.add(AnswerLine.text(v)));
                key.acceptAsWritten().forEach(a -> right.add(AnswerLine.text(a)));
                if (key.regex() != null) {
                    right.add(new AnswerLine(null, msg.regex(), null, key.regex().pattern()));
                }
            }
            case ORDERING -> {
                response.forEach(id -> yours.add(id.isEmpty() ? AnswerLine.text("—") : item(q, id)));
                key.optionIds().forEach(id -> right.add(item(q, id)));
            }
            case NUMERIC -> {
                String unit = q.unit() == null ? "" : " " + q.unit();
                response.forEach(v -> yours.add(AnswerLine.text(v + unit)));
                String tolerance = key.tolerance().signum() > 0 ? " (" + msg.tolerance(key.tolerance().toPlainString()) + ")" : "";
                right.add(AnswerLine.text(key.number().toPlainString() + unit + tolerance));
            }
            case MATCH -> {
                for (String pair : response) {
                    int eq = pair.indexOf('=');
                    yours.add(pair(q, pair.substring(0, eq), pair.substring(eq + 1)));
                }
                q.left().forEach(l -> right.add(pair(q, l.id(), key.pairs().get(l.id()))));
            }
        }
        return new QuestionReview(row.questionNumber, q.id(), q.type().yamlName(), q.promptHtml(), false,
                row.points == null ? 0 : row.points, row.maxPoints, Boolean.TRUE.equals(row.correct), !response.isEmpty(),
                choices, List.copyOf(yours), List.copyOf(right), q.explanationHtml(), quiz.sectionUrl(q),
                q.difficulty().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static AnswerLine item(Question q, String id) {
        return q.choice(id).map(c -> AnswerLine.content(c.html())).orElse(AnswerLine.text(id));
    }

    private static AnswerLine pair(Question q, String leftId, String rightId) {
        String right = q.choice(String.valueOf(rightId)).map(Choice::html).orElse(null);
        return q.leftChoice(leftId).map(l -> new AnswerLine(l.html(), right == null ? " → " + rightId : null, right, null))
                .orElse(new AnswerLine(null, leftId + " → " + rightId, null, null));
    }
}
