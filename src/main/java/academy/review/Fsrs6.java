package academy.review;

import java.util.Arrays;

/**
 * The FSRS-6 memory model (open-spaced-repetition, "The Algorithm", FSRS-6), written out from the
 * published formulas; docs/review.md lists them. Pure arithmetic on stability S (days until recall
 * probability falls to 90 %), difficulty D (1..10) and retrievability R. Intervals are whole days:
 * a review on the day of the previous one uses the same-day (short-term) stability update.
 */
public final class Fsrs6 {

    /** FSRS-6 default parameters w0..w20. */
    public static final double[] DEFAULT_W = { 0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
            0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542 };

    public static final double DEFAULT_RETENTION = 0.9;
    public static final int DEFAULT_MAXIMUM_INTERVAL = 36500;
    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;

    /** The four answers to "how well did you remember it?". */
    public enum Rating {
        AGAIN(1), HARD(2), GOOD(3), EASY(4);

        public final int grade;

        Rating(int grade) {
            this.grade = grade;
        }
    }

    /** A card's memory state after a review. */
    public record State(double stability, double difficulty) {
    }

    private final double[] w;
    private final double retention;
    private final int maximumInterval;
    private final double decay;
    private final double factor;

    public Fsrs6() {
        this(DEFAULT_W, DEFAULT_RETENTION, DEFAULT_MAXIMUM_INTERVAL);
    }

    public Fsrs6(double[] w, double desiredRetention, int maximumInterval) {
        if (w.length != 21) {
            throw new IllegalArgumentException("FSRS-6 takes 21 parameters, got " + w.length);
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must lie in (0, 1), got " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximum interval must be at least one day");
        }
        this.w = Arrays.copyOf(w, w.length);
        this.retention = desiredRetention;
        this.maximumInterval = maximumInterval;
        this.decay = -w[20];
        // chosen so that R(S, S) = 0.9 whatever the decay
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** R(t, S) = (1 + FACTOR · t / S)^DECAY, DECAY = −w20, FACTOR = 0.9^(1/DECAY) − 1. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / stability, decay);
    }

    /** S0(G) = w[G−1]. */
    public double initialStability(Rating rating) {
        return Math.max(w[rating.grade - 1], S_MIN);
    }

    /** D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped (mean reversion aims at D0(Easy), which may lie below 1). */
    double rawInitialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade - 1)) + 1;
    }

    public double initialDifficulty(Rating rating) {
        return clampDifficulty(rawInitialDifficulty(rating));
    }

    /**
     * ΔD = −w6·(G − 3); D′ = D + ΔD·(10 − D)/9 (linear damping); D″ = w7·D0(Easy) + (1 − w7)·D′ (mean
     * reversion), clamped to [1, 10].
     */
    public double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.grade - 3);
        double damped = difficulty + delta * (10 - difficulty) / 9;
        return clampDifficulty(w[7] * rawInitialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
    }

    /**
     * S′r = S·(1 + e^w8 · (11 − D) · S^−w9 · (e^(w10·(1 − R)) − 1) · w15 [Hard] · w16 [Easy]).
     */
    public double recallStability(double difficulty, double stability, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        double increase = Math.exp(w[8]) * (11 - difficulty) * Math.pow(stability, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1)
                * hardPenalty * easyBonus;
        return clampStability(stability * (1 + increase));
    }

    /**
     * S′f = w11 · D^−w12 · ((S + 1)^w13 − 1) · e^(w14·(1 − R)), never above the pre-lapse stability
     * divided by e^(w17·w18) (forgetting cannot make a memory stronger).
     */
    public double forgetStability(double difficulty, double stability, double r) {
        double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        double cap = stability / Math.exp(w[17] * w[18]);
        return clampStability(Math.min(longTerm, cap));
    }

    /** Same-day review: S′ = S · e^(w17·(G − 3 + w18)) · S^−w19; for Good and Easy the factor is at least 1. */
    public double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1);
        }
        return clampStability(stability * increase);
    }

    /**
     * The state after a review.
     *
     * @param previous    null for a card's first review
     * @param elapsedDays whole days since the previous review; 0 means the same day
     */
    public State next(State previous, long elapsedDays, Rating rating) {
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("elapsed days cannot be negative: " + elapsedDays);
        }
        if (previous == null) {
            return new State(initialStability(rating), initialDifficulty(rating));
        }
        double s = previous.stability();
        double d = previous.difficulty();
        double stability;
        if (elapsedDays == 0) {
            stability = shortTermStability(s, rating);
        } else {
            double r = retrievability(elapsedDays, s);
            stability = rating == Rating.AGAIN ? forgetStability(d, s, r) : recallStability(d, s, r, rating);
        }
        return new State(stability, nextDifficulty(d, rating));
    }

    /** I = S / FACTOR · (r^(1/DECAY) − 1) for the desired retention r, rounded, at least 1 day, at most the maximum. */
    public int interval(double stability) {
        double days = stability / factor * (Math.pow(retention, 1 / decay) - 1);
        return (int) Math.min(maximumInterval, Math.max(1, Math.round(days)));
    }

    private static double clampDifficulty(double d) {
        return Math.min(10, Math.max(1, d));
    }

    private static double clampStability(double s) {
        return Math.min(S_MAX, Math.max(S_MIN, s));
    }
}
