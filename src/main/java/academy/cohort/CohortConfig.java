package academy.cohort;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of team onboarding ({@code academy.cohorts.*}); documented in docs/onboarding.md. */
@ConfigMapping(prefix = "academy.cohorts")
public interface CohortConfig {

    /**
     * Only identity-provider groups under this path become cohorts (companies have many other groups).
     * Empty: every group does.
     */
    @WithDefault("/onboarding/")
    String groupPrefix();

    /** Members of the subgroup {@code <cohort group>/<this>} are the cohort's leads. */
    @WithDefault("leads")
    String leadSubgroup();

    /** Reconcile memberships from the {@code groups} claim at sign-in. */
    @WithDefault("true")
    boolean sync();

    /** The zone in which due dates are calendar days. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();
}
