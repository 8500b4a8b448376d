package nl.zgw.catalogi.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The rendered detail representations (the hot path of every other service). Keyed by everything the rendering
 * depends on: the catalogue revision (bumped by every committed write, on any replica), resource, public host,
 * resolution date and expand. A local write empties it at once (and after commit, see {@link CatalogusWijzigingen}); a
 * render that raced with a local write is not stored. The revision is read from the database at most once per
 * {@code zgw.catalogi.cache.revisie-interval} (default 1 s), which bounds how long a write on another replica can go
 * unseen.
 * The cached values are the rendered JSON documents.
 */
@ApplicationScoped
public class DetailCache {

    private final Cache<String, String> cache = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofHours(1)).build();
    private final AtomicLong generation = new AtomicLong();
    private final long intervalNanos;
    private volatile long revisie = -1;
    private volatile long checkedAt;

    public DetailCache(@org.eclipse.microprofile.config.inject.ConfigProperty(
            name = "zgw.catalogi.cache.revisie-interval", defaultValue = "PT1S") Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** The catalogue revision, re-read from {@code database} when older than the interval or after a local write. */
    public long revisie(LongSupplier database) {
        long now = System.nanoTime();
        if (revisie < 0 || now - checkedAt > intervalNanos) {
            revisie = database.getAsLong();
            checkedAt = now;
        }
        return revisie;
    }

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
        revisie = -1;
        cache.invalidateAll();
    }
}
