package academy.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Carries {@link LiveSignal}s to the SSE clients of every app instance, after the change that caused them commits.
 *
 * <p>On PostgreSQL a signal is a {@code NOTIFY} sent inside the changing transaction — PostgreSQL delivers it on
 * commit, never on rollback — and every instance {@code LISTEN}s on one connection of its own, its own signals
 * included, so all instances hear the same signals in commit order. On H2 (one instance by design) the signal is
 * a CDI event observed after a successful commit. A listener that loses its connection reconnects and tells
 * every client to re-read the session, so nothing said while it was away is missed for long (clients also check
 * the session's version with each heartbeat).
 */
@ApplicationScoped
public class LiveBus {

    static final String CHANNEL = "academy_live";
    private static final Logger LOG = Logger.getLogger(LiveBus.class);

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    java.util.Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> password;

    @Inject
    EntityManager em;

    @Inject
    Event<LiveSignal> local;

    @Inject
    LiveStreams streams;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Thread listener;
    private volatile Connection listening;

    boolean postgres() {
        return dbKind != null && (dbKind.equals("postgresql") || dbKind.equals("pgsql") || dbKind.equals("postgres"));
    }

    /** Call inside the transaction that made the change; delivered everywhere once it commits. */
    public void publish(long sessionId, LiveSignal.Kind kind) {
        LiveSignal signal = new LiveSignal(sessionId, kind);
        if (postgres()) {
            em.unwrap(Session.class).doWork(c -> {
                try (PreparedStatement st = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                    st.setString(1, CHANNEL);
                    st.setString(2, signal.payload());
                    st.execute();
                }
            });
        } else {
            local.fire(signal);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveSignal signal) {
        streams.deliver(signal);
    }

    void start(@Observes StartupEvent event) {
        if (!postgres() || !running.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(this::listen, "live-listener");
        t.setDaemon(true);
        listener = t;
        t.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running.set(false);
        Connection c = listening;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        Thread t = listener;
        if (t != null) {
            t.interrupt();
        }
    }

    private void listen() {
        Duration backoff = Duration.ofMillis(200);
        boolean reconnect = false;
        while (running.get()) {
            try (Connection c = DriverManager.getConnection(url, user.orElse(null), password.orElse(null))) {
                listening = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                if (reconnect) {
                    LOG.info("live session listener reconnected; asking every client to re-read its session");
                    streams.resyncAll();
                }
                backoff = Duration.ofMillis(200);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running.get()) {
                    PGNotification[] got = pg.getNotifications(1000);
                    if (got == null) {
                        continue;
                    }
                    for (PGNotification n : got) {
                        LiveSignal signal = LiveSignal.parse(n.getParameter());
                        if (signal != null) {
                            streams.deliver(signal);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                LOG.warnf("live session listener lost its connection (%s); retrying in %d ms", e.getMessage(), backoff.toMillis());
                reconnect = true;
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException ie) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            } finally {
                listening = null;
            }
        }
    }
}
