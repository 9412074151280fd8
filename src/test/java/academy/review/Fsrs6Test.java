package academy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import academy.review.Fsrs6.Rating;
import academy.review.Fsrs6.State;

/**
 * Fsrs6 against reference values computed independently of our code.
 * <p>
 * Source of the numbers: the npm package {@code ts-fsrs} 5.4.2 (open-spaced-repetition's TypeScript
 * implementation, FSRS-6 default parameters), installed in a scratch folder and run with
 * {@code new FSRSAlgorithm(generatorParameters({request_retention: 0.9, maximum_interval: 36500,
 * enable_fuzz: false, enable_short_term: true}))}: {@code next_state(state, elapsedDays, grade)},
 * {@code forgetting_curve(t, s)} and {@code next_interval(s, t)}. ts-fsrs rounds intermediate results
 * to 8 decimals, hence the tolerance. One deliberate difference: for a same-day Hard, ts-fsrs 5.4.2
 * also floors the stability factor at 1, while py-fsrs 6 and fsrs-rs floor it for Good and Easy only
 * (as we do); that value was computed by hand from the formula with Python's math module.
 */
class Fsrs6Test {

    static final double EPS = 2e-6;
    final Fsrs6 fsrs = new Fsrs6();

    static void assertState(double s, double d, State actual) {
        assertEquals(s, actual.stability(), EPS * Math.max(1, s), "stability");
        assertEquals(d, actual.difficulty(), EPS * 10, "difficulty");
    }

    @Test
    void firstRatingsSetTheInitialStabilityAndDifficulty() {
        assertState(0.212, 6.4133, fsrs.next(null, 0, Rating.AGAIN));
        assertState(1.2931, 5.11217071, fsrs.next(null, 0, Rating.HARD));
        assertState(2.3065, 2.11810397, fsrs.next(null, 0, Rating.GOOD));
        // D0(Easy) = 6.4133 − e^(3·0.8334) + 1 is below 1: clamped
        assertState(8.2956, 1, fsrs.next(null, 0, Rating.EASY));
        assertEquals(List.of(1, 1, 2, 8), List.of(Rating.values()).stream()
                .map(r -> fsrs.interval(fsrs.next(null, 0, r).stability())).toList());
    }

    @Test
    void aSequenceOfReviewsWithALapse() {
        // (elapsed days, rating) → (R before the review, S, D, interval), from ts-fsrs
        Object[][] steps = {
                { 0L, Rating.GOOD, Double.NaN, 2.3065, 2.11810397, 2 },
                { 3L, Rating.GOOD, 0.88094796, 13.82690327, 2.11121424, 14 },
                { 8L, Rating.GOOD, 0.93306381, 42.06295792, 2.1043314, 42 },
                { 20L, Rating.AGAIN, 0.94270556, 2.63097137, 7.38997579, 3 },
                { 1L, Rating.GOOD, 0.95233523, 4.66377981, 7.37781418, 5 },
                { 2L, Rating.HARD, 0.94732254, 6.85265766, 8.24449923, 7 },
                { 5L, Rating.EASY, 0.92016266, 17.80225637, 7.64312105, 18 } };
        State state = null;
        for (Object[] step : steps) {
            long t = (Long) step[0];
            if (state != null) {
                assertEquals((Double) step[2], fsrs.retrievability(t, state.stability()), EPS, "R after " + t + " days");
            }
            state = fsrs.next(state, t, (Rating) step[1]);
            assertState((Double) step[3], (Double) step[4], state);
            assertEquals((Integer) step[5], fsrs.interval(state.stability()), "interval after " + step[1]);
        }
    }

    @Test
    void eachRatingFromAKnownStateAfterTenDays() {
        State s = new State(30, 5);
        assertEquals(0.9573358, fsrs.retrievability(10, 30), EPS);
        assertState(2.11441554, 8.34176237, fsrs.next(s, 10, Rating.AGAIN));
        assertState(43.79766747, 6.66599536, fsrs.next(s, 10, Rating.HARD));
        assertState(52.94257977, 4.99022837, fsrs.next(s, 10, Rating.GOOD));
        assertState(72.96915765, 3.31446137, fsrs.next(s, 10, Rating.EASY));
    }

    @Test
    void aLapseNeverRaisesStabilityAbovePreLapseStability() {
        for (double s : new double[] { 0.5, 3, 40, 400, 4000 }) {
            for (long t : new long[] { 1, 30, 3000 }) {
                State after = fsrs.next(new State(s, 3), t, Rating.AGAIN);
                // capped at S / e^(w17·w18)
                assertEquals(true, after.stability() <= s / Math.exp(0.5425 * 0.0912) + 1e-12, "S=" + s + " t=" + t);
            }
        }
    }

    @Test
    void sameDayReviewsUseTheShortTermUpdate() {
        State good = fsrs.next(null, 0, Rating.GOOD);
        assertState(0.77508398, 7.39450274, fsrs.next(good, 0, Rating.AGAIN));
        assertState(2.3065, 2.11121424, fsrs.next(good, 0, Rating.GOOD)); // factor below 1, floored at 1
        assertState(3.94605407, 1, fsrs.next(good, 0, Rating.EASY));
        State s = new State(30, 5);
        assertState(8.51538557, 8.34176237, fsrs.next(s, 0, Rating.AGAIN));
        assertState(14.649036918473206, 6.66599536, fsrs.next(s, 0, Rating.HARD)); // by hand, see the class comment
        assertState(30, 4.99022837, fsrs.next(s, 0, Rating.GOOD));
        assertState(43.35294316, 3.31446137, fsrs.next(s, 0, Rating.EASY));
    }

    @Test
    void retrievabilityFollowsTheFsrs6Curve() {
        assertEquals(0.9, fsrs.retrievability(1, 1), 1e-12, "R = 90 % when t = S");
        assertEquals(0.9, fsrs.retrievability(10, 10), 1e-12);
        assertEquals(0.82613588, fsrs.retrievability(5, 2), EPS);
        assertEquals(0.69282664, fsrs.retrievability(100, 10), EPS);
        assertEquals(1, fsrs.retrievability(0, 10), 1e-12);
    }

    @Test
    void intervalsAtDesiredRetention() {
        // at 0.9 the interval equals the stability, rounded, at least one day
        assertEquals(List.of(1, 1, 2, 8, 100, 1000, 20000),
                List.of(0.212, 1.0, 2.3065, 8.2956, 100.0, 1000.0, 20000.0).stream().map(fsrs::interval).toList());
        assertEquals(36500, fsrs.interval(36500));
        Fsrs6 lower = new Fsrs6(Fsrs6.DEFAULT_W, 0.8, 36500);
        assertEquals(List.of(1, 8, 28, 139, 36500, 36500),
                List.of(0.212, 2.3065, 8.2956, 42.06295792, 20000.0, 30000.0).stream().map(lower::interval).toList());
        Fsrs6 higher = new Fsrs6(Fsrs6.DEFAULT_W, 0.95, 36500);
        assertEquals(List.of(1, 1, 3, 17, 8051, 12077),
                List.of(0.212, 2.3065, 8.2956, 42.06295792, 20000.0, 30000.0).stream().map(higher::interval).toList());
        assertEquals(365, new Fsrs6(Fsrs6.DEFAULT_W, 0.9, 365).interval(5000), "capped at the maximum interval");
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Fsrs6(new double[19], 0.9, 100));
        assertThrows(IllegalArgumentException.class, () -> new Fsrs6(Fsrs6.DEFAULT_W, 1, 100));
        assertThrows(IllegalArgumentException.class, () -> new Fsrs6(Fsrs6.DEFAULT_W, 0.9, 0));
        assertThrows(IllegalArgumentException.class, () -> fsrs.next(new State(1, 5), -1, Rating.GOOD));
    }
}
