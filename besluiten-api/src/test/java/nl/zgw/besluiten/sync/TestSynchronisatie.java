package nl.zgw.besluiten.sync;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.sync.Synchronisatie;
import nl.zgw.common.sync.SynchronisatieHandler;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The seam: a kind of synchronisation whose other side is this test. Gegevens {@code {"id": ..., "fails": n}} fail
 * n times (the other side down), then succeed; every attempt is recorded in order.
 */
@ApplicationScoped
public class TestSynchronisatie implements SynchronisatieHandler {

    public static final String SOORT = "brc.test";

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<String> done = new CopyOnWriteArrayList<>();

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public void uitvoeren(Synchronisatie s) {
        String id = s.gegevens().path("id").asText();
        int attempt = attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        if (attempt <= s.gegevens().path("fails").asInt()) {
            throw new IllegalStateException("test side down (attempt " + attempt + ")");
        }
        done.add(id);
    }

    public int attempts(String id) {
        AtomicInteger a = attempts.get(id);
        return a == null ? 0 : a.get();
    }

    public List<String> done() {
        return List.copyOf(done);
    }
}
