package academy.content;

/**
 * Thrown at startup when the content does not validate. Carries the full report as its message and
 * no stack trace: the report is what the author needs, a trace would only bury it.
 */
public class InvalidContentException extends RuntimeException {

    private final transient ContentProblems problems;

    public InvalidContentException(ContentProblems problems) {
        super(problems.report(), null, false, false);
        this.problems = problems;
    }

    public ContentProblems problems() {
        return problems;
    }
}
