package nl.zgw.autorisaties.service;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import nl.zgw.autorisaties.domain.ApplicatieGegevens;
import nl.zgw.autorisaties.persistence.RevisieRepository;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client's Applicatie and secret, cached per global revision ({@code ac_revisie}, bumped in the transaction of every
 * change). Each request reads the revision once (one tiny query) before it uses an entry, and an entry is used only
 * when it was loaded at that same revision, so a committed change is seen on the very next request.
 */
@ApplicationScoped
public class AutorisatieCache {

    private static final int MAX_ENTRIES = 10_000;

    record Entry(long revisie, Optional<ApplicatieGegevens> applicatie, Optional<String> secret) {
    }

    /** The revision as this request first saw it. */
    @RequestScoped
    @Unremovable
    public static class RequestRevisie {
        private Long value;

        // accessed through methods only: a field read on the client proxy would be shared by every request
        Long get() {
            return value;
        }

        void set(Long value) {
            this.value = value;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Loader loader;

    public AutorisatieCache(Loader loader) {
        this.loader = loader;
    }

    public Optional<ApplicatieGegevens> applicatie(String clientId) {
        return entry(clientId).applicatie();
    }

    public Optional<String> secret(String clientId) {
        return entry(clientId).secret();
    }

    private Entry entry(String clientId) {
        long revisie = revisie();
        Entry e = entries.get(clientId);
        if (e != null && e.revisie() == revisie) {
            return e;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // the revision was read before the data, so the data is at least as new as the revision it is filed under
        Entry loaded = loader.load(clientId, revisie);
        entries.put(clientId, loaded);
        return loaded;
    }

    private long revisie() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return loader.revisie();
        }
        RequestRevisie current = container.instance(RequestRevisie.class).get();
        Long value = current.get();
        if (value == null) {
            value = loader.revisie();
            current.set(value);
        }
        return value;
    }

    /** The database side, in its own transactions. */
    @ApplicationScoped
    public static class Loader {

        private final RevisieRepository revisies;
        private final ApplicatieService applicaties;
        private final ClientCredentialService credentials;

        public Loader(RevisieRepository revisies, ApplicatieService applicaties, ClientCredentialService credentials) {
            this.revisies = revisies;
            this.applicaties = applicaties;
            this.credentials = credentials;
        }

        @Transactional
        long revisie() {
            return revisies.current();
        }

        @Transactional
        Entry load(String clientId, long revisie) {
            return new Entry(revisie, applicaties.byClientId(clientId), credentials.secret(clientId));
        }
    }
}
