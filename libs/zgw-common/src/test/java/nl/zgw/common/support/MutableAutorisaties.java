package nl.zgw.common.support;

import io.quarkus.test.Mock;
import nl.zgw.common.security.Applicatie;
import nl.zgw.common.security.AutorisatieSource;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A source the tests change between requests, to show a change is seen on the very next request. */
@Mock
public class MutableAutorisaties implements AutorisatieSource {

    private static final Map<String, Applicatie> APPS = new ConcurrentHashMap<>();

    public static void set(String clientId, Applicatie app) {
        APPS.put(clientId, app);
    }

    public static void remove(String clientId) {
        APPS.remove(clientId);
    }

    @Override
    public Optional<Applicatie> applicatie(String clientId) {
        if (APPS.containsKey(clientId)) {
            return Optional.of(APPS.get(clientId));
        }
        return clientId.equals("all-client") ? Optional.of(Applicatie.all(clientId)) : Optional.empty();
    }
}
