package nl.zgw.autorisaties.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.zgw.autorisaties.config.AutorisatiesKanaal;
import nl.zgw.autorisaties.domain.ApplicatieEntity;
import nl.zgw.autorisaties.domain.ApplicatieGegevens;
import nl.zgw.autorisaties.domain.ApplicatieInvoer;
import nl.zgw.autorisaties.domain.AutorisatiesSpecificatie;
import nl.zgw.common.security.autorisaties.Component;
import nl.zgw.autorisaties.domain.UniekeClientIds;
import nl.zgw.autorisaties.domain.VerplichteAutorisatieVelden;
import nl.zgw.autorisaties.persistence.ApplicatieRepository;
import nl.zgw.autorisaties.persistence.RevisieRepository;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.audit.Wijzigingen;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.query.Where;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.validation.ValidationErrors;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The use cases of {@code /applicaties}: every write checks ac-003, ac-001 and ac-002 (all failures together),
 * stores the whole state and enqueues its notification on kanaal {@code autorisaties} in the same transaction.
 */
@ApplicationScoped
public class ApplicatieService {

    /** Page of applicaties with the total count. */
    public record Pagina(long count, List<ApplicatieGegevens> rows) {
    }

    private final ApplicatieRepository repository;
    private final RevisieRepository revisie;
    private final Wijzigingen wijzigingen;

    public ApplicatieService(ApplicatieRepository repository, RevisieRepository revisie, Wijzigingen wijzigingen) {
        this.repository = repository;
        this.revisie = revisie;
        this.wijzigingen = wijzigingen;
    }

    @Transactional
    public Pagina list(Where where, String order, PageRequest page) {
        var slice = repository.page(where, order, page);
        return new Pagina(slice.count(), slice.rows());
    }

    @Transactional
    public ApplicatieGegevens get(UUID uuid) {
        return repository.gegevens(repository.findByUuid(uuid).orElseThrow(ZgwException::notFound));
    }

    @Transactional
    public Optional<ApplicatieGegevens> byClientId(String clientId) {
        return repository.findByClientId(clientId).map(repository::gegevens);
    }

    /** @param url maps the new uuid to the Applicatie's public URL (for the notification) */
    @Transactional
    public ApplicatieGegevens create(ApplicatieInvoer invoer, Function<UUID, String> url) {
        check(invoer, null);
        ApplicatieEntity a = new ApplicatieEntity();
        a.uuid = UUID.randomUUID();
        apply(a, invoer);
        repository.persist(a);
        store(a, invoer);
        notify(url.apply(a.uuid), "create");
        return repository.gegevens(a);
    }

    /** The stored state as input, the base of update and partial update. */
    @Transactional
    public ApplicatieInvoer current(UUID uuid) {
        ApplicatieGegevens g = get(uuid);
        return new ApplicatieInvoer(g.clientIds(), g.label(), g.heeftAlleAutorisaties(),
                g.alleenIsGereedVoorPublicatie(), g.autorisaties());
    }

    /** @param actie {@code update} or {@code partial_update} */
    @Transactional
    public ApplicatieGegevens update(UUID uuid, ApplicatieInvoer invoer, String url, String actie) {
        ApplicatieEntity a = repository.findByUuid(uuid).orElseThrow(ZgwException::notFound);
        check(invoer, a.id);
        apply(a, invoer);
        store(a, invoer);
        notify(url, actie);
        return repository.gegevens(a);
    }

    @Transactional
    public void delete(UUID uuid, String url) {
        ApplicatieEntity a = repository.findByUuid(uuid).orElseThrow(ZgwException::notFound);
        repository.deleteChildren(a.id);
        repository.delete(a);
        notify(url, "destroy");
    }

    /**
     * A zaaktype, informatieobjecttype or besluittype was deleted in the Catalogi: its autorisaties go, and each
     * Applicatie that changed is announced as updated. An Applicatie left with no autorisaties and without
     * {@code heeftAlleAutorisaties} no longer satisfies ac-002: it could grant nothing and every later write to it
     * (even a label-only PATCH) would fail with {@code missing-authorizations}, so it is deleted and announced as
     * destroyed, as Open Zaak does. Its client credentials stay; a new Applicatie can take the client ids.
     */
    @Transactional
    public int typeVerwijderd(Component component, String typeUrl, Function<UUID, String> url) {
        List<ApplicatieEntity> changed = repository.deleteAutorisatiesForType(component, typeUrl);
        for (ApplicatieEntity a : changed) {
            if (!a.heeftAlleAutorisaties && repository.gegevens(a).autorisaties().isEmpty()) {
                repository.deleteChildren(a.id);
                repository.delete(a);
                notify(url.apply(a.uuid), "destroy");
            } else {
                notify(url.apply(a.uuid), "update");
            }
        }
        return changed.size();
    }

    /**
     * The credential of {@code clientId} got a new secret or was deleted: its Applicatie (if any) is announced as
     * updated, so the services that cache verified tokens (zgw-common {@code AutorisatiesCache}) stop accepting
     * tokens signed with the old secret at once, not only when their cache entries expire.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void credentialGewijzigd(String clientId, Function<UUID, String> url) {
        repository.findByClientId(clientId).ifPresent(a -> notify(url.apply(a.uuid), "update"));
    }

    /** The rules of a body whose fields are valid, every failing one reported together: ac-003, ac-001, ac-002. */
    private void check(ApplicatieInvoer invoer, Long self) {
        ValidationErrors errors = new ValidationErrors();
        for (int i = 0; i < invoer.autorisaties().size(); i++) {
            errors.addAll(VerplichteAutorisatieVelden.check(i, invoer.autorisaties().get(i)));
        }
        List<String> inUse = repository.clientIdsInUse(invoer.clientIds(), self);
        if (!inUse.isEmpty()) {
            errors.add(UniekeClientIds.fout(inUse));
        }
        errors.run(() -> AutorisatiesSpecificatie.check(invoer));
        errors.throwIfAny();
    }

    private static void apply(ApplicatieEntity a, ApplicatieInvoer invoer) {
        a.label = invoer.label();
        a.heeftAlleAutorisaties = invoer.heeftAlleAutorisaties();
        a.alleenIsGereedVoorPublicatie = invoer.alleenIsGereedVoorPublicatie();
    }

    private void store(ApplicatieEntity a, ApplicatieInvoer invoer) {
        try {
            repository.replaceChildren(a, invoer.clientIds(), invoer.autorisaties());
            repository.flush();
        } catch (PersistenceException e) {
            // a concurrent request took one of the client ids between the check and the insert (ac-001)
            throw UniekeClientIds.violation(invoer.clientIds());
        }
    }

    /** Every write notifies, so this is also where the revision is bumped, in the same transaction. */
    private void notify(String url, String actie) {
        revisie.bump();
        wijzigingen.record(Wijziging.op(AutorisatiesKanaal.NAAM, actie).resource("applicatie", url));
    }
}
