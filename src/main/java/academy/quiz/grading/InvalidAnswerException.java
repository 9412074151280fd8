package academy.quiz.grading;

/**
 * A submitted answer that no honest use of the quiz page produces (unknown ids, wrong shape,
 * oversized text): the whole submission is rejected and nothing is stored.
 */
public class InvalidAnswerException extends RuntimeException {

    public enum Kind {
        UNKNOWN_QUESTION, UNKNOWN_CHOICE, WRONG_TYPE, TOO_LONG, NOT_A_NUMBER, NUMBER_TOO_LONG, NUMBER_OUT_OF_RANGE, NO_ATTEMPT
    }

    private final Kind kind;
    private final String questionId;

    public InvalidAnswerException(Kind kind, String questionId, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.questionId = questionId;
    }

    public Kind kind() {
        return kind;
    }

    public String questionId() {
        return questionId;
    }
}
