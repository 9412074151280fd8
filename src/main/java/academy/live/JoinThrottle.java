package academy.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Wrong join codes per learner: at most {@link #LIMIT} a minute, so a million codes cannot be walked through.
 * Kept per instance (a second instance doubles the rate at most, which still takes days for a million).
 */
@ApplicationScoped
public class JoinThrottle {

    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> misses = new ConcurrentHashMap<>();

    public boolean blocked(String subject) {
        Deque<Instant> d = misses.get(subject);
        if (d == null) {
            return false;
        }
        synchronized (d) {
            prune(d);
            return d.size() >= LIMIT;
        }
    }

    public void miss(String subject) {
        Deque<Instant> d = misses.computeIfAbsent(subject, k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d);
            d.addLast(Instant.now());
        }
        if (misses.size() > 10_000) {
            misses.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    private static void prune(Deque<Instant> d) {
        Instant cutoff = Instant.now().minus(WINDOW);
        while (!d.isEmpty() && d.peekFirst().isBefore(cutoff)) {
            d.removeFirst();
        }
    }
}
