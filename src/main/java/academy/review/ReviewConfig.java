package academy.review;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of spaced-repetition review ({@code academy.review.*}); documented in docs/review.md. */
@ConfigMapping(prefix = "academy.review")
public interface ReviewConfig {

    /** Share of cards a learner should still recall when they come due (FSRS desired retention). */
    @WithDefault("0.9")
    double desiredRetention();

    /** Longest interval in days. */
    @WithDefault("36500")
    int maximumInterval();

    /** The zone in which review days begin and end. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();
}
