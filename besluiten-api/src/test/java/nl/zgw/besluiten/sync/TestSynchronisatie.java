package nl.zgw.besluiten.sync;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The seam: a kind of synchronisation whose other side is this test. A payload {@code {"id": ..., "fails": n}} is
 * refused as unreachable n times, then carried out; every attempt is recorded in order.
 */
@ApplicationScoped
public class TestSynchronisatie implements Synchronisatie {

    public static final String SOORT = "test-synchronisatie";

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<String> done = new CopyOnWriteArrayList<>();

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public Resultaat voerUit(JsonNode payload) {
        String id = payload.path("id").asText();
        int attempt = attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        if (attempt <= payload.path("fails").asInt()) {
            return Resultaat.onbereikbaar("test side down (attempt " + attempt + ")");
        }
        done.add(id);
        return Resultaat.ok();
    }

    public int attempts(String id) {
        AtomicInteger a = attempts.get(id);
        return a == null ? 0 : a.get();
    }

    public List<String> done() {
        return List.copyOf(done);
    }
}
