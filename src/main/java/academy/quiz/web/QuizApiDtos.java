package academy.quiz.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON shapes of the quiz API. None of them is built from an answer key before grading. */
public final class QuizApiDtos {

    private QuizApiDtos() {
    }

    /** @param questions the pool without answers; null for anonymous callers (they see the count only) */
    public record QuizDto(String id, String title, String courseId, String moduleId, String lessonSlug, boolean exam,
            int passMark, int questionCount, Integer timeLimitMinutes, Integer maxAttempts, String url,
            List<QuestionDto> questions) {
    }

    public record ChoiceDto(String id, String html) {
    }

    /** @param saved the answer saved to an open attempt so far, in its codes (empty when none) */
    public record QuestionDto(int number, String id, String type, String promptHtml, int points, String unit,
            List<ChoiceDto> choices, List<ChoiceDto> left, List<String> saved) {

        static QuestionDto of(QuestionForm f) {
            return new QuestionDto(f.number(), f.id(), f.type(), f.promptHtml(), f.points(), f.unit(),
                    f.choices().stream().map(c -> new ChoiceDto(c.id(), c.html())).toList(),
                    f.left().stream().map(c -> new ChoiceDto(c.id(), c.html())).toList(), f.saved());
        }
    }

    /**
     * @param attempt token of an open attempt to submit; omit to start (or resume) one
     * @param answers question id → answer: a string, number or boolean; a list of option/item ids;
     *                or for match an object {leftId: rightId}. Omit to only start the attempt.
     */
    public record AttemptRequest(String attempt, Map<String, JsonNode> answers) {
    }

    /** @param questions while in progress: what to answer; @param results once graded: the review */
    public record AttemptDto(String token, String quizId, int attemptNumber, String state, Instant startedAt,
            Instant deadlineAt, Instant finishedAt, Integer scorePercent, Double scorePoints, int maxPoints, Boolean passed,
            boolean late, boolean alreadyGraded, String contentHash, List<QuestionDto> questions, List<ResultDto> results) {
    }

    public record ResultDto(int number, String id, String type, double points, int maxPoints, boolean correct,
            List<String> response, List<String> correctAnswer, String explanationHtml, String sectionUrl) {
    }

    public record AttemptSummaryDto(String token, String quizId, int attemptNumber, String state, Instant startedAt,
            Instant finishedAt, Integer scorePercent, Boolean passed, boolean late) {
    }

    /** @param answers question id → answer, in the same shapes as {@link AttemptRequest#answers()} */
    public record DraftRequest(Map<String, JsonNode> answers) {
    }

    /** @param answered questions of the attempt with a saved answer, of {@code total} */
    public record DraftDto(int answered, int total, Instant savedAt) {
    }
}
