package nl.zgw.common.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sort keys of pages served before, so the next request for page N (or N+1) seeks from a key instead of skipping
 * with OFFSET ({@link Keyset}). A key is stored under the list's whole query (its statement, parameters and the
 * version of its rows), so a filter, another autorisatie predicate, another order or any write gives other keys.
 * Bounded: a missing key only means that page is served with OFFSET.
 */
@ApplicationScoped
public class PageKeys {

    /** One list as the database would answer it: the same rows in the same order while {@code version} holds. */
    record Query(String statement, Object parameters, Object version) {
    }

    /** Where a page starts: after (or, inclusive, at) the row with these sort values. */
    record Seek(List<Object> values, boolean inclusive) {
    }

    private record Key(Query query, int page) {
    }

    private final Cache<Key, Seek> keys;
    private final AtomicLong seeks = new AtomicLong();

    public PageKeys(@ConfigProperty(name = "zgw.list.page-keys.size", defaultValue = "10000") long size) {
        this.keys = Caffeine.newBuilder().maximumSize(size).expireAfterAccess(Duration.ofMinutes(30)).build();
    }

    Optional<Seek> seek(Query query, int page) {
        Seek s = keys.getIfPresent(new Key(query, page));
        if (s != null) {
            seeks.incrementAndGet();
        }
        return Optional.ofNullable(s);
    }

    /** Page {@code page} starts at {@code first}; the page after it starts after {@code last}. */
    void learn(Query query, int page, List<Object> first, List<Object> last) {
        keys.put(new Key(query, page), new Seek(first, true));
        keys.put(new Key(query, page + 1), new Seek(last, false));
    }

    /** How many pages were served by a seek since start (for tests and diagnosis). */
    public long seeks() {
        return seeks.get();
    }
}
