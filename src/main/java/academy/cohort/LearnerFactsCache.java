package academy.cohort;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;

/**
 * Learners' progress facts per course, kept under the progress stamp they were loaded at (Caffeine through
 * quarkus-cache; size and idle time in application.properties). An entry is only ever looked up with the
 * learner's current stamp, so a changed learner simply misses; old entries age out. Per instance: every
 * instance checks the stamps in the shared database, so none serves what another instance changed.
 */
@ApplicationScoped
public class LearnerFactsCache {

    record Key(String subject, String courseId, long stamp) {
    }

    @Inject
    @CacheName("learner-facts")
    Cache cache;

    /** The facts kept for this learner at this stamp, or null. */
    LearnerFacts kept(String subject, String courseId, long stamp) {
        CompletableFuture<Object> f = cache.as(CaffeineCache.class).getIfPresent(new Key(subject, courseId, stamp));
        return f == null ? null : (LearnerFacts) f.getNow(null);
    }

    void keep(String subject, String courseId, long stamp, LearnerFacts facts) {
        cache.as(CaffeineCache.class).put(new Key(subject, courseId, stamp), CompletableFuture.completedFuture(facts));
    }
}
