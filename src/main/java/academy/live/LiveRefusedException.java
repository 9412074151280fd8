package academy.live;

/** A live-session action the server refuses, with the reason shown to the user in their language. */
public class LiveRefusedException extends RuntimeException {

    public enum Reason {
        /** No running session has this code, or the learner is not in its class (the two look the same). */
        CODE_UNKNOWN(404),
        CODE_MALFORMED(400),
        TOO_MANY_TRIES(429),
        ENDED(409),
        /** The current question takes no answers (lobby, revealed). */
        NOT_OPEN(409),
        /** The answer names a question that is no longer the current one. */
        WRONG_QUESTION(409),
        TIME_UP(409),
        ALREADY_ANSWERED(409),
        EMPTY_ANSWER(400),
        NO_QUESTIONS(400),
        UNKNOWN_QUESTION(400),
        TOO_MANY_QUESTIONS(400),
        BAD_TIMER(400),
        BAD_BOARD(400),
        NO_MORE_QUESTIONS(409),
        NOT_REVEALABLE(409),
        /** Someone else changed the session at the same moment (another click, another instance). */
        CHANGED(409);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public LiveRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
