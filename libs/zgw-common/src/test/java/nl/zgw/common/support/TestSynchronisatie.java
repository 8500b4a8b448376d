package nl.zgw.common.support;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.sync.Synchronisatie;
import nl.zgw.common.sync.SynchronisatieHandler;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A handler for the sync tests: records what it carried out and fails as often as a test tells it to per sleutel. */
@ApplicationScoped
public class TestSynchronisatie implements SynchronisatieHandler {

    public static final String SOORT = "test.spiegel";

    private final List<Synchronisatie> uitgevoerd = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public void uitvoeren(Synchronisatie s) {
        attempts.computeIfAbsent(s.sleutel(), k -> new AtomicInteger()).incrementAndGet();
        AtomicInteger left = failures.get(s.sleutel());
        if (left != null && left.getAndDecrement() > 0) {
            throw new IllegalStateException("other side down (" + s.gegevens().path("stap").asText() + ")");
        }
        uitgevoerd.add(s);
    }

    /** The next {@code times} attempts for {@code sleutel} fail. */
    public void failNext(String sleutel, int times) {
        failures.put(sleutel, new AtomicInteger(times));
    }

    public List<Synchronisatie> uitgevoerd(String sleutel) {
        return uitgevoerd.stream().filter(s -> s.sleutel().equals(sleutel)).toList();
    }

    public int attempts(String sleutel) {
        AtomicInteger n = attempts.get(sleutel);
        return n == null ? 0 : n.get();
    }
}
