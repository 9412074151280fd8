package academy.account;

import java.util.List;

import academy.FixtureContentProfile;

/** The only test profile with the OIDC tenant enabled against a live Keycloak. */
public class RealKeycloakProfile extends FixtureContentProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RealKeycloak.class));
    }
}
