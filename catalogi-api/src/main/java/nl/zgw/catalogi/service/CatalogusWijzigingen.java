package nl.zgw.catalogi.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.catalogi.persistence.RevisieRepository;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.audit.Wijzigingen;

import java.util.Map;

import static nl.zgw.catalogi.domain.Collecties.CATALOGUSSEN;

/**
 * Records every change of the catalogue: the revision bump the replicas key their detail caches by, emptying the
 * local cache (now and after the transaction ends) and, for the types, the notification in the outbox.
 */
@RequestScoped
public class CatalogusWijzigingen {

    private final RevisieRepository revisie;
    private final Wijzigingen wijzigingen;
    private final DetailCache cache;
    private final TransactionSynchronizationRegistry registry;
    private final Referenties referenties;
    private boolean synchronizationRegistered;

    public CatalogusWijzigingen(RevisieRepository revisie, Wijzigingen wijzigingen, DetailCache cache,
                                TransactionSynchronizationRegistry registry, Referenties referenties) {
        this.revisie = revisie;
        this.wijzigingen = wijzigingen;
        this.cache = cache;
        this.registry = registry;
        this.referenties = referenties;
    }

    /**
     * Records a change: the catalogue revision is bumped in this transaction (once; other replicas key their caches
     * by it) and the local detail cache is emptied now and again after the transaction ends.
     */
    public void changed() {
        cache.invalidateAll();
        if (!synchronizationRegistered && registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
            synchronizationRegistered = true;
            revisie.verhoog();
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    cache.invalidateAll();
                }
            });
        }
    }

    /**
     * Records the change (see {@link #changed}) and, in the same transaction, the notification on {@code kanaal},
     * whose kenmerk {@code catalogus} (declared in {@code config/Kanalen}) is read from the main object.
     */
    public void notify(String kanaal, String hoofdObject, String resource, String resourceUrl, String actie,
                       Catalogus catalogus) {
        changed();
        wijzigingen.record(Wijziging.op(kanaal, actie).resource(resource, resourceUrl)
                .hoofdObject(hoofdObject, Map.of("catalogus", referenties.url(CATALOGUSSEN, catalogus.uuid))));
    }
}
