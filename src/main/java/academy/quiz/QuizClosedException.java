package academy.quiz;

import java.time.Instant;

/** The quiz's window (an override) is not open now: before {@link #opensAt()} or from {@link #closesAt()} on. */
public class QuizClosedException extends RuntimeException {

    private final Instant opensAt;
    private final Instant closesAt;
    private final boolean notYetOpen;

    public QuizClosedException(Instant opensAt, Instant closesAt, boolean notYetOpen) {
        super(notYetOpen ? "the quiz opens at " + opensAt : "the quiz closed at " + closesAt, null, false, false);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.notYetOpen = notYetOpen;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public boolean notYetOpen() {
        return notYetOpen;
    }
}
