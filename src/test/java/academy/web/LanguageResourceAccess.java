package academy.web;

/** Opens package-private helpers of academy.web to tests in other packages. */
public final class LanguageResourceAccess {

    private LanguageResourceAccess() {
    }

    public static String safeReturn(String returnTo) {
        return LanguageResource.safeReturn(returnTo);
    }
}
