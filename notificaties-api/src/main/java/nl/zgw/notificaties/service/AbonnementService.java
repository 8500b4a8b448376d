package nl.zgw.notificaties.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.notificaties.api.AbonnementBody;
import nl.zgw.notificaties.api.FilterGroupBody;
import nl.zgw.notificaties.delivery.CircuitBreakers;
import nl.zgw.notificaties.domain.Abonnement;
import nl.zgw.notificaties.domain.AbonnementFiltersConsistent;
import nl.zgw.notificaties.domain.AbonnementKanaal;
import nl.zgw.notificaties.domain.Kanaal;
import nl.zgw.notificaties.persistence.AbonnementRepository;
import nl.zgw.notificaties.persistence.KanaalRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Abonnement use cases. Every write validates the kanalen and filters, then POSTs the test message to the callback
 * (outside any transaction), and only then writes. On update all kanalen and filters are replaced.
 */
@ApplicationScoped
public class AbonnementService {

    public static final String KANAAL_NAAM = "kanaal_naam";

    private final AbonnementRepository abonnementen;
    private final KanaalRepository kanalen;
    private final CallbackVerifier callbacks;
    private final CircuitBreakers breakers;

    public AbonnementService(AbonnementRepository abonnementen, KanaalRepository kanalen, CallbackVerifier callbacks,
                             CircuitBreakers breakers) {
        this.abonnementen = abonnementen;
        this.kanalen = kanalen;
        this.callbacks = callbacks;
        this.breakers = breakers;
    }

    public Abonnement create(AbonnementBody body, String clientId) {
        callbacks.checkUrl(body.callbackUrl());
        List<Resolved> resolved = resolve(body.kanalen());
        callbacks.verify(body.callbackUrl(), body.auth());
        return QuarkusTransaction.requiringNew().call(() -> {
            Abonnement a = new Abonnement();
            a.uuid = UUID.randomUUID();
            a.callbackUrl = body.callbackUrl();
            a.auth = body.auth();
            a.clientId = clientId == null ? "" : clientId;
            a.createdAt = OffsetDateTime.now();
            a.replaceKanalen(entries(resolved));
            abonnementen.persist(a);
            abonnementen.flush();
            return initialized(a);
        });
    }

    public Abonnement update(UUID uuid, AbonnementBody body) {
        find(uuid);
        callbacks.checkUrl(body.callbackUrl());
        List<Resolved> resolved = resolve(body.kanalen());
        callbacks.verify(body.callbackUrl(), body.auth());
        return write(uuid, body.callbackUrl(), body.auth(), resolved);
    }

    public void delete(UUID uuid) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Abonnement a = find(uuid);
            abonnementen.delete(a);
            return a.id;
        });
        breakers.forget(id);
    }

    public Abonnement get(UUID uuid) {
        return find(uuid);
    }

    public List<Abonnement> list() {
        return abonnementen.listAll();
    }

    private Abonnement write(UUID uuid, String url, String auth, List<Resolved> resolved) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Abonnement a = find(uuid);
            a.callbackUrl = url;
            a.auth = auth;
            if (resolved != null) {
                a.replaceKanalen(entries(resolved));
            }
            abonnementen.flush();
            return initialized(a);
        });
    }

    /** Loads what the view needs while the session is open; the result is used after the transaction. */
    private static Abonnement initialized(Abonnement a) {
        a.kanalen.forEach(k -> org.hibernate.Hibernate.initialize(k.kanaal));
        return a;
    }

    private Abonnement find(UUID uuid) {
        return abonnementen.byUuid(uuid).orElseThrow(ZgwException::notFound);
    }

    private record Resolved(Kanaal kanaal, Map<String, String> filters) {
    }

    /** Each entry's kanaal must exist ({@code kanaal_naam}) and its filters fit the kanaal's. */
    private List<Resolved> resolve(List<FilterGroupBody> groups) {
        Map<String, Kanaal> byNaam = kanalen.byNamen(groups.stream().map(FilterGroupBody::naam).distinct().toList())
                .stream().collect(Collectors.toMap(k -> k.naam, Function.identity()));
        List<Resolved> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            FilterGroupBody g = groups.get(i);
            Kanaal k = byNaam.get(g.naam());
            if (k == null) {
                throw ZgwException.invalid("kanalen." + i + ".naam", KANAAL_NAAM, "Kanaal met deze naam bestaat niet.");
            }
            AbonnementFiltersConsistent.check(k, g.filters(), i);
            out.add(new Resolved(k, g.filters() == null ? Map.of() : g.filters()));
        }
        return out;
    }

    private List<AbonnementKanaal> entries(List<Resolved> resolved) {
        List<AbonnementKanaal> out = new ArrayList<>();
        for (Resolved r : resolved) {
            AbonnementKanaal ak = new AbonnementKanaal();
            ak.kanaal = kanalen.getEntityManager().getReference(Kanaal.class, r.kanaal().id);
            ak.filters = new LinkedHashMap<>(r.filters());
            out.add(ak);
        }
        return out;
    }
}
