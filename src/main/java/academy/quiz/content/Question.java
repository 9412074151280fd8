package academy.quiz.content;

import java.util.List;
import java.util.Optional;

import academy.content.model.SourceRef;

/**
 * One question of a quiz, rendered once at load. Everything but {@link #key()} may be shown before
 * submission; the key is only read by the grader and by result pages after grading.
 *
 * @param options    single/multiple: the options in file order
 * @param items      ordering: the items in file order
 * @param left       match: the left column
 * @param right      match: the right column in file order
 * @param unit       numeric: the unit shown next to the input, or null
 * @param lessonSlug the lesson the question tests (the quiz's own lesson for lesson quizzes)
 * @param section    anchor of the lesson section the question tests
 * @param line       line of the question in its file, for messages
 */
public record Question(
        String id,
        QuestionType type,
        String promptHtml,
        String explanationHtml,
        List<Choice> options,
        List<Choice> items,
        List<Choice> left,
        List<Choice> right,
        String unit,
        AnswerKey key,
        int points,
        Difficulty difficulty,
        String lessonSlug,
        String section,
        SourceRef source,
        int line) {

    /** The choices whose order is drawn per attempt: options, ordering items, or the right column of a match. */
    public List<Choice> shuffledChoices() {
        return switch (type) {
            case SINGLE, MULTIPLE -> options;
            case ORDERING -> items;
            case MATCH -> right;
            default -> List.of();
        };
    }

    public Optional<Choice> choice(String choiceId) {
        return shuffledChoices().stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }

    public Optional<Choice> leftChoice(String leftId) {
        return left.stream().filter(c -> c.id().equals(leftId)).findFirst();
    }
}
