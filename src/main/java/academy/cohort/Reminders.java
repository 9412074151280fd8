package academy.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import academy.account.InsertOnce;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Reminder e-mails: every day, each learner whose assigned items are due within
 * {@value Standing#DUE_SOON_DAYS} days or overdue gets one mail listing them; every week each lead gets a
 * digest of their cohorts. Off until {@code academy.reminders.enabled=true} and SMTP settings are set.
 * <p>
 * "Sent once" holds across restarts and across app instances: before a mail is sent, each thing it
 * reminds of is claimed by inserting its key into {@code reminder_sent} (unique). A claim another instance
 * made first loses on the unique key and is skipped; a mail that fails to send gives its claims back so
 * the next run tries again. A crash between claim and send loses that one reminder rather than sending
 * it twice (at most once, by design: a duplicate reminder is worse than a late one).
 */
@ApplicationScoped
public class Reminders {

    private static final int SEND_ATTEMPTS = 3;

    /** Skips the scheduled runs while reminders are off. */
    public static class Disabled implements Scheduled.SkipPredicate {
        @ConfigProperty(name = "academy.reminders.enabled", defaultValue = "false")
        boolean enabled;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !enabled;
        }
    }

    @Inject
    Mailer mailer;

    @Inject
    CohortProgress progress;

    @Inject
    CohortMessages msg;

    @ConfigProperty(name = "academy.reminders.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Scheduled(identity = "due-reminders", cron = "{academy.reminders.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void daily() {
        Log.infof("Due reminders sent: %d", sendDueReminders());
    }

    @Scheduled(identity = "lead-digest", cron = "{academy.reminders.digest-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void weekly() {
        Log.infof("Lead digests sent: %d", sendDigests());
    }

    /** @return how many mails this call sent */
    public int sendDueReminders() {
        int sent = 0;
        for (Cohort cohort : QuarkusTransaction.requiringNew().call(() -> Cohort.<Cohort>listAll())) {
            CohortReport report = QuarkusTransaction.requiringNew().call(() -> progress.report(cohort));
            for (MemberRow row : report.rows()) {
                if (row.email() == null || row.member().subject == null) {
                    continue;
                }
                Map<String, String> wanted = new TreeMap<>(); // reminder key -> kind
                Map<String, String> lineOf = new TreeMap<>(); // reminder key -> sort key|line
                for (Standing s : row.standings()) {
                    for (ItemProgress i : s.items()) {
                        if (i.done() || i.due() == null || !(i.overdue() || i.dueSoon())) {
                            continue;
                        }
                        String kind = i.overdue() ? "OVERDUE" : "DUE_SOON";
                        String key = "due|" + kind + "|" + row.member().subject + "|" + s.plan().assignment().id + "|" + i.item().key() + "|" + i.due();
                        wanted.put(key, kind);
                        lineOf.put(key, i.due() + "|" + i.item().key() + "\u0000" + (i.overdue()
                                ? msg.mail_line_overdue(i.item().title(), cohort.name, i.due())
                                : msg.mail_line_soon(i.item().title(), cohort.name, i.due())));
                    }
                }
                List<String> claimed = wanted.isEmpty() ? List.of() : claimAll(wanted, row.email());
                Map<String, String> lines = new TreeMap<>();
                for (String key : claimed) {
                    String[] parts = lineOf.get(key).split("\u0000", 2);
                    lines.put(parts[0], parts[1]);
                }
                if (claimed.isEmpty()) {
                    continue;
                }
                String body = msg.mail_due_hello(row.name()) + "\n\n" + msg.mail_due_intro() + "\n\n- "
                        + String.join("\n- ", lines.values()) + "\n\n" + msg.mail_due_outro(baseUrl + "/me") + "\n";
                if (send(Mail.withText(row.email(), msg.mail_due_subject(lines.size()), body), claimed)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** @return how many digests this call sent */
    public int sendDigests() {
        LocalDate today = progress.today();
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int sent = 0;
        for (Cohort cohort : QuarkusTransaction.requiringNew().call(() -> Cohort.<Cohort>listAll())) {
            CohortReport report = QuarkusTransaction.requiringNew().call(() -> progress.report(cohort));
            List<CohortMember> leads = QuarkusTransaction.requiringNew().call(() -> CohortMember.<CohortMember>list(
                    "cohortId = ?1 and role = ?2 and leftAt is null and subject is not null", cohort.id, CohortMember.Role.LEAD));
            for (CohortMember lead : leads) {
                String email = QuarkusTransaction.requiringNew().call(() -> progress.names(List.of(lead.subject)))
                        .getOrDefault(lead.subject, new String[2])[1];
                if (email == null) {
                    continue;
                }
                String key = "digest|" + lead.subject + "|" + cohort.id + "|" + week;
                if (!claim(key, email, "DIGEST")) {
                    continue;
                }
                StringBuilder body = new StringBuilder();
                body.append(msg.mail_digest_line(cohort.name, report.learners(), report.onTrack(), report.atRisk(), report.complete(),
                        report.percent())).append("\n\n");
                for (MemberRow r : report.view("at-risk", "status")) {
                    String reason = r.behind() ? msg.overdue_n(r.overdue()) : msg.inactive_long(Standing.INACTIVE_DAYS);
                    body.append("- ").append(msg.mail_digest_risk(r.name(), reason)).append('\n');
                }
                body.append('\n').append(msg.mail_digest_link(baseUrl + "/cohorts/" + cohort.id)).append('\n');
                if (send(Mail.withText(email, msg.mail_digest_subject(cohort.name, report.atRisk(), report.percent()), body.toString()),
                        List.of(key))) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Claims a reminder; false when it was claimed before (by this or another instance). */
    boolean claim(String key, String recipient, String kind) {
        return !claimAll(Map.of(key, kind), recipient).isEmpty();
    }

    /**
     * Claims, in one transaction, those of a mail's reminders that nobody claimed before, so one mail says
     * everything: when another instance claims the same keys at the same moment, one of the two inserts loses
     * on the unique key, its whole transaction rolls back, and the retry finds the other's claims.
     *
     * @param keys reminder key to kind
     * @return the keys this call claimed
     */
    List<String> claimAll(Map<String, String> keys, String recipient) {
        Map<String, String> bounded = new TreeMap<>();
        keys.forEach((k, kind) -> bounded.put(k.length() > 700 ? k.substring(0, 700) : k, kind));
        return InsertOnce.run(() -> {
            List<String> taken = ReminderSent.<ReminderSent>list("reminderKey in ?1", bounded.keySet()).stream()
                    .map(r -> r.reminderKey).toList();
            List<String> mine = new ArrayList<>();
            Instant now = Instant.now();
            for (Map.Entry<String, String> e : bounded.entrySet()) {
                if (taken.contains(e.getKey())) {
                    continue;
                }
                ReminderSent r = new ReminderSent();
                r.reminderKey = e.getKey();
                r.recipient = recipient;
                r.kind = e.getValue();
                r.sentAt = now;
                r.persist();
                mine.add(e.getKey());
            }
            ReminderSent.flush();
            return mine;
        });
    }

    /** Sends a mail, trying up to three times; when all fail, gives its claims back for the next run. */
    private boolean send(Mail mail, List<String> claims) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= SEND_ATTEMPTS; attempt++) {
            try {
                mailer.send(mail);
                return true;
            } catch (RuntimeException e) {
                last = e;
                Log.debugf(e, "Reminder to %s: try %d of %d failed", mail.getTo(), attempt, SEND_ATTEMPTS);
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        Log.warnf(last, "Reminder to %s not sent; it is tried again on the next run", mail.getTo());
        QuarkusTransaction.requiringNew().run(() -> ReminderSent.delete("reminderKey in ?1", claims));
        return false;
    }
}
