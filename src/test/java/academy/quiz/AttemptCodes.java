package academy.quiz;

import java.util.List;

import academy.quiz.content.Question;
import academy.quiz.content.QuizCatalog;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test helper: what a browser would send for the author's ids, i.e. the codes of that attempt. */
public final class AttemptCodes {

    private AttemptCodes() {
    }

    /** The values in the attempt's codes; free-text values and unknown ids pass unchanged. */
    public static Object[] of(String token, String questionId, String... authorValues) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuizAttempt attempt = QuizAttempt.findByToken(token).orElseThrow();
            QuizAttemptAnswer row = attempt.answers.stream().filter(a -> a.questionId.equals(questionId)).findFirst().orElse(null);
            if (row == null) {
                return (Object[]) authorValues;
            }
            Question q = Arc.container().instance(QuizCatalog.class).get().quiz(attempt.quizId).orElseThrow()
                    .question(questionId).orElseThrow();
            return ChoiceCodes.of(q, row.shownIds()).encode(List.of(authorValues)).toArray();
        });
    }
}
