package academy.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import academy.grades.ItemStatistics.Attempt;
import academy.grades.ItemStatistics.Flag;
import academy.grades.ItemStatistics.Item;
import academy.grades.ItemStatistics.QuestionStats;

/**
 * The hand-computed fixture of docs/instructors.md: 5 attempts × 3 questions, q3 drawn from a pool so attempt E
 * never saw it. Expected values were computed by hand and checked with Python's statistics module
 * (stdev, correlation; efficiency as Σ(x−x̄)(y−ȳ) over the pairs divided by the same sum over both lists sorted).
 *
 * <pre>
 *        q1 (max 1)  q2 (max 2)  q3 (max 1)  total
 *   A    1 [a]       2 [x,y]     1 [true]    4
 *   B    1 [a]       1 [x]       0 [false]   2
 *   C    0 [b]       1 [y]       1 [true]    2
 *   D    1 [a]       0 []        0 [false]   1
 *   E    0 [c]       0 [z]       —           0
 * </pre>
 */
class ItemStatisticsTest {

    static final double EPS = 1e-9;

    static Item item(String q, double points, double max, String... chosen) {
        return new Item(q, points, max, chosen.length > 0, List.of(chosen));
    }

    static final List<Attempt> FIXTURE = List.of(
            new Attempt(List.of(item("q1", 1, 1, "a"), item("q2", 2, 2, "x", "y"), item("q3", 1, 1, "true"))),
            new Attempt(List.of(item("q1", 1, 1, "a"), item("q2", 1, 2, "x"), item("q3", 0, 1, "false"))),
            new Attempt(List.of(item("q1", 0, 1, "b"), item("q2", 1, 2, "y"), item("q3", 1, 1, "true"))),
            new Attempt(List.of(item("q1", 1, 1, "a"), item("q2", 0, 2), item("q3", 0, 1, "false"))),
            new Attempt(List.of(item("q1", 0, 1, "c"), item("q2", 0, 2, "z"))));

    @Test
    void theHandComputedFixture() {
        List<QuestionStats> stats = ItemStatistics.analyse(List.of("q1", "q2", "q3"), FIXTURE);

        QuestionStats q1 = stats.get(0);
        assertEquals(5, q1.responses());
        assertEquals(0.6, q1.facility(), EPS); // 3 / 5
        assertEquals(Math.sqrt(0.3), q1.sd(), EPS); // Σ(x−0.6)² = 1.2, / 4 = 0.3
        // rest of test: 3, 1, 2, 0, 0; Sxy = 0.4, Sxx = 1.2, Syy = 6.8 → 0.4 / √8.16
        assertEquals(0.14002800840280102, q1.discrimination(), EPS);
        // sorted pairs (0,0)(0,0)(1,1)(1,2)(1,3): max Sxy = 2.4 → 0.4 / 2.4
        assertEquals(1.0 / 6, q1.efficiency(), EPS);
        assertEquals(Map.of("a", 3, "b", 1, "c", 1), q1.options());
        assertEquals(0, q1.unanswered());
        assertEquals(List.of(Flag.LOW_DISCRIMINATION), q1.flags());

        QuestionStats q2 = stats.get(1);
        assertEquals(5, q2.responses());
        assertEquals(0.4, q2.facility(), EPS); // mean 0.8 of 2
        assertEquals(Math.sqrt(0.7) / 2, q2.sd(), EPS); // Σ(x−0.8)² = 2.8, / 4 = 0.7
        assertEquals(0.8451542547285166, q2.discrimination(), EPS);
        assertEquals(1.0, q2.efficiency(), EPS); // already in the best order
        assertEquals(Map.of("x", 2, "y", 2, "z", 1), q2.options());
        assertEquals(1, q2.unanswered());
        assertEquals(List.of(), q2.flags());

        QuestionStats q3 = stats.get(2);
        assertEquals(4, q3.responses(), "only the attempts that were shown q3");
        assertEquals(0.5, q3.facility(), EPS);
        assertEquals(Math.sqrt(1.0 / 3), q3.sd(), EPS);
        assertEquals(0.30151134457776363, q3.discrimination(), EPS);
        assertEquals(1.0 / 3, q3.efficiency(), EPS);
        assertEquals(Map.of("true", 2, "false", 2), q3.options());
    }

    @Test
    void undefinedValuesStayEmptyAndExtremeFacilitiesAreFlagged() {
        List<Attempt> allRight = List.of(
                new Attempt(List.of(item("easy", 1, 1, "a"), item("hard", 0, 1, "b"), item("other", 1, 1, "a"))),
                new Attempt(List.of(item("easy", 1, 1, "a"), item("hard", 0, 1, "b"), item("other", 0, 1, "b"))));
        List<QuestionStats> stats = ItemStatistics.analyse(List.of("easy", "hard", "never"), allRight);

        assertEquals(1.0, stats.get(0).facility(), EPS);
        assertEquals(0.0, stats.get(0).sd(), EPS);
        assertNull(stats.get(0).discrimination(), "no spread in the item score: no correlation");
        assertNull(stats.get(0).efficiency());
        assertEquals(List.of(Flag.TOO_EASY), stats.get(0).flags());
        assertEquals(List.of(Flag.TOO_HARD), stats.get(1).flags());

        QuestionStats never = stats.get(2);
        assertEquals(0, never.responses());
        assertNull(never.facility());
        assertNull(never.sd());
        assertEquals(List.of(), never.flags());
    }

    @Test
    void oneResponseHasAFacilityButNoSpread() {
        QuestionStats one = ItemStatistics.analyse(List.of("q"), List.of(new Attempt(List.of(item("q", 1, 2, "a"))))).get(0);
        assertEquals(1, one.responses());
        assertEquals(0.5, one.facility(), EPS);
        assertNull(one.sd());
        assertNull(one.discrimination());
    }
}
