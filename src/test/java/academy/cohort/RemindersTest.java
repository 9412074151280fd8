package academy.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Reminder e-mails through a real SMTP server: who gets what, with which subject and items; each reminder
 * exactly once, also when the job runs again (as after a restart) and when two instances run it at once.
 */
@QuarkusTest
@TestProfile(ReminderProfile.class)
class RemindersTest {

    @Inject
    Reminders reminders;

    @Test
    void learnersGetTheirDueAndOverdueItemsOnceAndLeadsAWeeklyDigestOnce() throws Exception {
        RealSmtp.server.purgeEmailFromAllMailboxes();
        CohortFixture.signedIn("r-lead", "Rita Lead", "rita@example.com", "/onboarding/remind/leads");
        CohortFixture.signedIn("r-soon", "王小明", "soon@example.com", "/onboarding/remind");
        CohortFixture.signedIn("r-late", "Larry Late", "late@example.com", "/onboarding/remind");
        CohortFixture.signedIn("r-none", "No Mail", null, "/onboarding/remind");
        long cohort = CohortFixture.cohortOf("/onboarding/remind");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // absolute dates: 01-basics due in 2 days, 02-advanced due 30 days from now
        CohortFixture.assignPath(cohort, today.minusDays(1), Assignment.Schedule.ABSOLUTE, 3, 31);
        // r-late's own second assignment: everything was due yesterday
        long late = QuarkusTransaction.requiringNew().call(() -> {
            Cohort c = new Cohort();
            c.name = "late-only";
            c.createdAt = java.time.Instant.now();
            c.persist();
            return c.id;
        });
        io.quarkus.arc.Arc.container().instance(CohortService.class).get().addMember(late, "r-late", CohortMember.Role.LEARNER);
        CohortFixture.assignPath(late, today.minusDays(20), Assignment.Schedule.ABSOLUTE, 5, 19);

        assertEquals(3, reminders.sendDueReminders(), "r-soon once, r-late once per cohort; nobody without an address");
        MimeMessage[] mails = RealSmtp.server.getReceivedMessages();
        assertEquals(3, mails.length);
        MimeMessage soon = to(mails, "soon@example.com").get(0);
        assertEquals("【学习提醒】2 项学习任务即将到期或已逾期", soon.getSubject());
        String body = GreenMailUtil.getBody(soon);
        String text = new String(jakarta.mail.internet.MimeUtility.decode(new java.io.ByteArrayInputStream(body.getBytes()), "quoted-printable").readAllBytes(), "UTF-8");
        assertTrue(text.contains("王小明"), text);
        assertTrue(text.contains("[即将到期] 第一课（remind，截止 " + today.plusDays(2) + "）"), text);
        assertTrue(text.contains("[即将到期] 第二课"), text);
        assertTrue(!text.contains("深入一课"), "an item due in 30 days is not reminded: " + text);
        List<MimeMessage> toLate = to(mails, "late@example.com");
        assertEquals(2, toLate.size(), "one mail per cohort run");
        assertTrue(toLate.stream().anyMatch(m -> subject(m).contains("3 项")), "all three items overdue in late-only");

        // the job again, as after a restart: nothing new to say
        assertEquals(0, reminders.sendDueReminders());
        assertEquals(3, RealSmtp.server.getReceivedMessages().length);

        // several instances at the same moment, on new due items: each learner still gets one mail that lists
        // all of them (claims are taken per mail, in one transaction, so instances never split a mail)
        int expected = 3;
        for (int round = 1; round <= 3; round++) {
            CohortFixture.assignPath(cohort, today.minusDays(round), Assignment.Schedule.ABSOLUTE, round, round + 1);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            Callable<Integer> run = reminders::sendDueReminders;
            List<Future<Integer>> results = pool.invokeAll(List.of(run, run, run));
            pool.shutdown();
            int sent = 0;
            for (Future<Integer> f : results) {
                sent += f.get();
            }
            assertEquals(2, sent, "round " + round + ": r-soon and r-late get one mail each about the new assignment");
            expected += 2;
            MimeMessage[] all = RealSmtp.server.getReceivedMessages();
            assertEquals(expected, all.length);
            MimeMessage newest = to(all, "soon@example.com").get(round);
            assertTrue(subject(newest).contains("3 项"), "one mail with all three items of the new assignment: " + subject(newest));
        }

        assertEquals(1, reminders.sendDigests(), "the one lead with an address, once");
        assertEquals(0, reminders.sendDigests(), "once per week");
        MimeMessage digest = to(RealSmtp.server.getReceivedMessages(), "rita@example.com").get(0);
        assertTrue(digest.getSubject().startsWith("【每周小结】remind："), digest.getSubject());
    }

    private static List<MimeMessage> to(MimeMessage[] mails, String address) {
        return Arrays.stream(mails).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
