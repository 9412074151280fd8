package academy.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The server-sent-event streams this instance holds, by session. Events carry no question text and no answer:
 * {@code state} says the session changed (the page then fetches its own view, which the server authorizes and
 * renders for that user), {@code counts} carries answered/joined and — to the host only — the option histogram.
 * Answer and join signals are coalesced: one count per session at most every {@link #COALESCE_MS} ms.
 */
@ApplicationScoped
public class LiveStreams {

    static final long COALESCE_MS = 15;
    private static final Logger LOG = Logger.getLogger(LiveStreams.class);

    /** One open stream: the host's big screen or a learner's device. */
    record Client(long sessionId, String subject, boolean host, SseEventSink sink, Sse sse) {
    }

    private final Map<Long, Set<Client>> clients = new ConcurrentHashMap<>();
    private final Set<Long> countPending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService counter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-counts");
        t.setDaemon(true);
        return t;
    });

    @Inject
    LiveSessions sessions;

    @Inject
    ObjectMapper json;

    void add(Client client, int version) {
        clients.computeIfAbsent(client.sessionId(), k -> ConcurrentHashMap.newKeySet()).add(client);
        send(client, "state", "{\"version\":" + version + "}");
        scheduleCount(client.sessionId());
    }

    int open(long sessionId) {
        Set<Client> set = clients.get(sessionId);
        return set == null ? 0 : set.size();
    }

    /** A signal heard from the bus: tell this instance's clients of that session. */
    void deliver(LiveSignal signal) {
        if (!clients.containsKey(signal.sessionId())) {
            return;
        }
        if (signal.kind() == LiveSignal.Kind.STATE) {
            int version = QuarkusTransaction.requiringNew().call(() -> sessions.version(signal.sessionId()));
            broadcast(signal.sessionId(), "state", "{\"version\":" + version + "}");
        }
        scheduleCount(signal.sessionId());
    }

    /** After the bus was away: every client re-reads its session. */
    void resyncAll() {
        for (Long id : clients.keySet()) {
            deliver(new LiveSignal(id, LiveSignal.Kind.STATE));
        }
    }

    private void scheduleCount(long sessionId) {
        if (countPending.add(sessionId)) {
            counter.schedule(() -> count(sessionId), COALESCE_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void count(long sessionId) {
        countPending.remove(sessionId);
        Set<Client> set = clients.get(sessionId);
        if (set == null || set.isEmpty()) {
            return;
        }
        try {
            LiveCounts counts = QuarkusTransaction.requiringNew().call(() -> sessions.counts(sessionId));
            String forHost = json.writeValueAsString(counts);
            String forLearners = json.writeValueAsString(counts.withoutHistogram());
            for (Client c : set) {
                send(c, "counts", c.host() ? forHost : forLearners);
            }
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warnf("live session %d: counts not sent (%s)", sessionId, e.toString());
        }
    }

    private void broadcast(long sessionId, String name, String data) {
        Set<Client> set = clients.get(sessionId);
        if (set != null) {
            for (Client c : set) {
                send(c, name, data);
            }
        }
    }

    private void send(Client c, String name, String data) {
        if (c.sink().isClosed()) {
            remove(c);
            return;
        }
        OutboundSseEvent event = c.sse().newEventBuilder().name(name).data(data).build();
        c.sink().send(event).whenComplete((ok, failure) -> {
            if (failure != null) {
                remove(c);
            }
        });
    }

    private void remove(Client c) {
        Set<Client> set = clients.get(c.sessionId());
        if (set != null) {
            set.remove(c);
            if (set.isEmpty()) {
                clients.remove(c.sessionId(), set);
            }
        }
        try {
            c.sink().close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    /**
     * Every 15 s each stream gets the session's version: it keeps proxies from closing an idle stream, finds
     * streams whose browser went away, and lets a page that missed a change (a bus reconnect) catch up.
     */
    @Scheduled(every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        for (Map.Entry<Long, Set<Client>> e : clients.entrySet()) {
            try {
                int version = QuarkusTransaction.requiringNew().call(() -> sessions.version(e.getKey()));
                for (Client c : e.getValue()) {
                    send(c, "ping", "{\"version\":" + version + "}");
                }
            } catch (RuntimeException ex) {
                LOG.debugf("live session %d: heartbeat skipped (%s)", e.getKey(), ex.toString());
            }
        }
    }

    @PreDestroy
    void shutdown() {
        counter.shutdownNow();
        for (Set<Client> set : clients.values()) {
            for (Client c : set) {
                try {
                    c.sink().close();
                } catch (RuntimeException ignored) {
                    // shutting down
                }
            }
        }
    }
}
