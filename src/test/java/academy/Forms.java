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
        Response page = given().redirects().follow(false).get(pagePath);
        Matcher m = TOKEN.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on " + pagePath + " (status " + page.statusCode() + ")");
        }
        String cookie = page.getCookie("academy-csrf");
        assertNotNull(cookie, "CSRF cookie set by " + pagePath);
        return given().redirects().follow(false).cookie("academy-csrf", cookie)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", m.group(1));
    }
}
