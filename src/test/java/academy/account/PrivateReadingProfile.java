package academy.account;

import java.util.Map;

import academy.FixtureContentProfile;

/** {@code academy.public-reading=false}: the company-onboarding setup. */
public class PrivateReadingProfile extends FixtureContentProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = super.getConfigOverrides();
        config.put("academy.public-reading", "false");
        return config;
    }
}
