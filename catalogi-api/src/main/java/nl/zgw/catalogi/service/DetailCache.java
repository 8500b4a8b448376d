package nl.zgw.catalogi.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The rendered detail representations (the hot path of every other service). Keyed by everything the rendering
 * depends on: resource, public host, resolution date and expand. Every write to the catalogue empties it (after
 * commit, see {@link CatalogusWrites}); a render that raced with a write is not stored.
 * The cached values are the rendered JSON documents.
 */
@ApplicationScoped
public class DetailCache {

    private final Cache<String, String> cache = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofHours(1)).build();
    private final AtomicLong generation = new AtomicLong();

    public String get(String key, Supplier<String> render) {
        String hit = cache.getIfPresent(key);
        if (hit != null) {
            return hit;
        }
        long before = generation.get();
        String rendered = render.get();
        if (generation.get() == before) {
            cache.put(key, rendered);
        }
        return rendered;
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        cache.invalidateAll();
    }
}
