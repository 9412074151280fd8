package academy.quiz;

/** The learner has used every attempt the quiz allows. */
public class AttemptsExhaustedException extends RuntimeException {

    private final int maxAttempts;

    public AttemptsExhaustedException(int maxAttempts) {
        super("all " + maxAttempts + " attempts used", null, false, false);
        this.maxAttempts = maxAttempts;
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
