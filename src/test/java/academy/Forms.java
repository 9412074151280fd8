package academy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Posts forms the way a browser does: CSRF cookie and hidden field taken from the page that shows the form. */
public final class Forms {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Forms() {
    }

    /** A request carrying the CSRF cookie and form field of the page at {@code pagePath}. */
    public static RequestSpecification from(String pagePath) {
        String[] pair = tokenPair(pagePath);
        return given().redirects().follow(false).cookie("academy-csrf", pair[0])
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", pair[1]);
    }

    /**
     * The CSRF cookie and form token a browser would hold after visiting {@code pagePath}: the page's own form
     * field when it has one; otherwise (a page without forms) the cookie itself, which is what quarkus-rest-csrf
     * puts in forms when no signature key is set. Anonymous reading pages are served from memory without any
     * cookie; then the cookie comes from the same page rendered afresh (an extra query parameter is never kept).
     */
    public static String[] tokenPair(String pagePath) {
        Response page = given().redirects().follow(false).get(pagePath);
        Matcher m = TOKEN.matcher(page.asString());
        String cookie = page.getCookie("academy-csrf");
        if (m.find()) {
            assertNotNull(cookie, "CSRF cookie set by " + pagePath);
            return new String[] { cookie, m.group(1) };
        }
        if (cookie == null) {
            cookie = given().redirects().follow(false).get(pagePath + (pagePath.contains("?") ? "&" : "?") + "csrf-probe=1")
                    .getCookie("academy-csrf");
        }
        assertNotNull(cookie, "a CSRF cookie from " + pagePath + " (status " + page.statusCode() + ")");
        return new String[] { cookie, cookie };
    }
}
