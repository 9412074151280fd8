package academy.cohort;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import academy.account.LearnerProfile;
import academy.content.CourseCatalog;
import academy.content.model.Course;
import academy.content.model.LessonKey;
import academy.progress.LessonCompletion;
import academy.progress.ProgressService;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * A large cohort's roster: the matrix shows 50 learners a page (filtered, sorted and searched over everyone,
 * while the summary counts everyone), bad page numbers land on the nearest page, and a learner's new progress
 * shows at once although the report keeps learners' facts between views.
 */
@QuarkusTest
@TestProfile(CohortProfile.class)
class RosterPagingTest {

    static final String GROUP = "/onboarding/paging";
    static final int LEARNERS = 120;
    static long cohort;

    @BeforeAll
    static void aCohortOf120() {
        CohortFixture.signedIn("p-lead", "Paging Lead", "p-lead@example.com", GROUP + "/leads");
        for (int i = 1; i <= LEARNERS; i++) {
            String n = "%03d".formatted(i);
            CohortFixture.signedIn("p-" + n, "学员 " + n, null, GROUP);
        }
        cohort = CohortFixture.cohortOf(GROUP);
        CohortFixture.assignPath(cohort, LocalDate.now(ZoneId.of("Asia/Shanghai")), Assignment.Schedule.RELATIVE, 7, 14);
    }

    private static String page(String query) {
        return given().urlEncodingEnabled(false).get("/cohorts/" + cohort + query).then().statusCode(200).extract().asString();
    }

    private static int rows(String html) {
        return html.split("data-member=\"", -1).length - 1;
    }

    private static String row(String html, String name) {
        Matcher m = Pattern.compile("<tr data-member=\"\\d+\"[^>]*>\\s*<th scope=\"row\"><a [^>]*>" + Pattern.quote(name) + "</a>.*?</tr>",
                Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "row of " + name);
        return m.group();
    }

    @Test
    @TestSecurity(user = "p-lead", roles = { "learner", "instructor" })
    void fiftyAPageWithTheSummaryOverEveryone() {
        String first = page("");
        assertEquals(50, rows(first));
        assertTrue(first.contains("data-matching=\"120\""), "count of matching learners");
        assertTrue(first.contains("<h2 class=\"stat\" id=\"stat-learners\">120</h2>"), "the summary counts everyone");
        assertTrue(first.contains("aria-current=\"page\">1</a>"));
        assertTrue(first.contains("学员 001") && !first.contains("学员 051"), "sorted by name, first page");
        assertTrue(first.contains("rel=\"next\""), "a next link");

        String third = page("?page=3");
        assertEquals(20, rows(third));
        assertTrue(third.contains("学员 120") && third.contains("rel=\"prev\""));

        // junk and out-of-range pages land on the nearest page instead of failing
        assertEquals(50, rows(page("?page=abc")));
        assertEquals(20, rows(page("?page=99")));
        assertEquals(20, rows(page("?page=99999999999999999999")));
        assertEquals(50, rows(page("?page=-2")));

        // sort and name search apply over everyone before paging; links keep them
        String desc = page("?sort=-progress&filter=all&q=" + java.net.URLEncoder.encode("学员 11", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(10, rows(desc), "学员 110–119");
        assertTrue(desc.contains("data-matching=\"10\""));
        assertEquals(0, rows(page("?q=nobody-like-this")));
        assertEquals(50, rows(page("?filter=made-up&sort=made-up")), "unknown filter and sort: everyone by name");
        String second = page("?sort=name&page=2");
        assertTrue(second.contains("href=\"/cohorts/" + cohort + "?filter=all&amp;sort=name&amp;page=1#roster-title\""), second.contains("pager") + "");
    }

    @Test
    @TestSecurity(user = "p-lead", roles = { "learner", "instructor" })
    void newProgressShowsAtOnceThoughFactsAreKeptBetweenViews() {
        String q = "?q=" + java.net.URLEncoder.encode("学员 007", java.nio.charset.StandardCharsets.UTF_8);
        String before = row(page(q), "学员 007");
        assertFalse(before.contains("cell-in-progress") || before.contains("cell-done"), before);
        assertEquals(before, row(page(q), "学员 007"), "a second view, from kept facts, is the same");

        Course course = Arc.container().instance(CourseCatalog.class).get().course("demo").orElseThrow();
        ProgressService progress = Arc.container().instance(ProgressService.class).get();
        progress.markComplete(new LearnerProfile("p-007", "p-007", "学员 007", null), course,
                course.lesson(new LessonKey("01-basics", "first")).orElseThrow(), LessonCompletion.Source.MANUAL);

        String after = row(page(q), "学员 007");
        assertTrue(after.contains("cell-in-progress") || after.contains("cell-done"), "the completion shows at once: " + after);
        assertFalse(row(page("?q=" + java.net.URLEncoder.encode("学员 008", java.nio.charset.StandardCharsets.UTF_8)), "学员 008")
                .contains("cell-in-progress"), "nobody else changed");
    }
}
