package academy.quiz;

/** An answer saved to an attempt that no longer takes answers: already graded, or past its time limit. */
public class DraftRefusedException extends RuntimeException {

    public enum Reason {
        GRADED, EXPIRED
    }

    private final Reason reason;
    private final String token;

    public DraftRefusedException(Reason reason, String token) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.token = token;
    }

    public Reason reason() {
        return reason;
    }

    /** The attempt's token, for a link to its result. */
    public String token() {
        return token;
    }
}
