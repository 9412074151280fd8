package academy.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import academy.grades.OverridePolicy.Limits;
import academy.grades.OverridePolicy.Setting;

/** Moodle's precedence: the learner's override beats class overrides; among class overrides the most lenient wins. */
class OverridePolicyTest {

    static final Instant MON = Instant.parse("2026-12-07T01:00:00Z");
    static final Instant WED = Instant.parse("2026-12-09T01:00:00Z");
    static final Instant FRI = Instant.parse("2026-12-11T01:00:00Z");

    @Test
    void withoutOverridesTheQuizsOwnLimitsApply() {
        Limits l = OverridePolicy.effective(5, 2, List.of(), List.of());
        assertEquals(5, l.timeLimitMinutes());
        assertEquals(2, l.maxAttempts());
        assertNull(l.opensAt());
        assertNull(l.closesAt());
        assertFalse(l.closed(FRI));
    }

    @Test
    void amongClassOverridesTheMostLenientWins() {
        List<Setting> classes = List.of(new Setting(10, 3, WED, WED.plusSeconds(3600)), new Setting(20, 1, MON, FRI),
                new Setting(null, null, null, null));
        Limits l = OverridePolicy.effective(5, 2, List.of(), classes);
        assertEquals(20, l.timeLimitMinutes());
        assertEquals(3, l.maxAttempts());
        assertEquals(MON, l.opensAt());
        assertEquals(FRI, l.closesAt());
        assertTrue(l.notYetOpen(MON.minusSeconds(1)));
        assertFalse(l.notYetOpen(MON));
        assertTrue(l.closed(FRI));
        assertFalse(l.closed(FRI.minusSeconds(1)));
    }

    @Test
    void zeroMeansNoLimitAndIsTheMostLenient() {
        Limits l = OverridePolicy.effective(5, 2, List.of(), List.of(new Setting(0, 0, null, null), new Setting(30, 9, null, null)));
        assertNull(l.timeLimitMinutes());
        assertNull(l.maxAttempts());
    }

    @Test
    void theLearnersOverrideBeatsClassOverridesEvenWhenStricter() {
        List<Setting> classes = List.of(new Setting(30, 5, MON, FRI));
        Limits l = OverridePolicy.effective(5, 2, List.of(new Setting(null, 1, null, WED)), classes);
        assertEquals(1, l.maxAttempts(), "the learner's own value, though the class allows more");
        assertEquals(WED, l.closesAt(), "the learner's close, though the class closes later");
        assertEquals(30, l.timeLimitMinutes(), "not set for the learner: the class value");
        assertEquals(MON, l.opensAt(), "not set for the learner: the class value");
    }
}
