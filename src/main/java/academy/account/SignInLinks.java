package academy.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The one place sign-in links are built: the login page, with the path to return to afterwards. */
public final class SignInLinks {

    private SignInLinks() {
    }

    /** {@code /login?redirect=<path>}; the login page only follows same-site paths. */
    public static String loginThenBackTo(String pathAndQuery) {
        return "/login?redirect=" + URLEncoder.encode(pathAndQuery, StandardCharsets.UTF_8);
    }
}
