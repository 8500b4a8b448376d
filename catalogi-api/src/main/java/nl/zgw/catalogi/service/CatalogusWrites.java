package nl.zgw.catalogi.service;

import nl.zgw.common.security.autorisaties.Scopes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.zgw.catalogi.domain.CatalogiEntity;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.domain.rules.PublishedRelations;
import nl.zgw.catalogi.persistence.CatalogiRepositories;
import nl.zgw.catalogi.persistence.CatalogusRepository;
import nl.zgw.catalogi.persistence.RevisieRepository;
import nl.zgw.catalogi.persistence.VersionedTypeRepository;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.audit.Wijziging;
import nl.zgw.common.audit.Wijzigingen;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.Autorisaties;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What every write use case of the catalogue shares: resolving references to this API, the forced scopes, PATCH
 * merging, the outbox notification and emptying the detail cache after commit.
 */
@RequestScoped
public class CatalogusWrites {

    public static final String GEFORCEERD_SCHRIJVEN = Scopes.Ztc.GEFORCEERD_SCHRIJVEN;
    public static final String GEFORCEERD_VERWIJDEREN = Scopes.Ztc.GEFORCEERD_VERWIJDEREN;

    private final CatalogiRepositories repositories;
    private final CatalogusRepository catalogussen;
    private final RevisieRepository revisie;
    private final PublicUrls urls;
    private final ZgwApiConfig config;
    private final Autorisaties autorisaties;
    private final Wijzigingen wijzigingen;
    private final DetailCache cache;
    private final TransactionSynchronizationRegistry registry;
    private final ObjectMapper mapper;
    private final PatchMerger patches;
    private boolean synchronizationRegistered;

    public CatalogusWrites(CatalogiRepositories repositories, CatalogusRepository catalogussen,
                           RevisieRepository revisie, PublicUrls urls, ZgwApiConfig config, Autorisaties autorisaties,
                           Wijzigingen wijzigingen, DetailCache cache, TransactionSynchronizationRegistry registry,
                           ObjectMapper mapper, PatchMerger patches) {
        this.repositories = repositories;
        this.catalogussen = catalogussen;
        this.revisie = revisie;
        this.urls = urls;
        this.config = config;
        this.autorisaties = autorisaties;
        this.wijzigingen = wijzigingen;
        this.cache = cache;
        this.registry = registry;
        this.mapper = mapper;
        this.patches = patches;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public String url(String collection, UUID uuid) {
        return urls.resource(collection, uuid);
    }

    public boolean geforceerdSchrijven() {
        return autorisaties.hasAnyScope(GEFORCEERD_SCHRIJVEN);
    }

    public boolean geforceerdVerwijderen() {
        return autorisaties.hasAnyScope(GEFORCEERD_VERWIJDEREN);
    }

    public <T extends CatalogiEntity> T found(Class<T> type, UUID uuid) {
        return repositories.of(type).findByUuid(uuid).orElseThrow(ZgwException::notFound);
    }

    /** The resource of this API a request field points at; {@code no_match} / {@code does_not_exist} otherwise. */
    public <T extends CatalogiEntity> T referenced(Class<T> type, String collection, String url, String field) {
        UUID uuid = ResourceUrl.uuidOf(url, config.root(), collection).orElseThrow(() -> ZgwException.invalid(field,
                "no_match", "De URL verwijst niet naar een " + collection + "-resource van deze API."));
        return repositories.of(type).findByUuid(uuid).orElseThrow(() -> ZgwException.invalid(field, "does_not_exist",
                "De resource bestaat niet."));
    }

    /**
     * Serialises the version checks of one catalogus (ztc-016 overlap, one concept per name) between concurrent
     * transactions: {@code FOR UPDATE} on the catalogus row, so the second writer checks what the first committed.
     */
    public void lockVersions(Catalogus catalogus) {
        catalogussen.lockVersies(catalogus);
    }

    /** Which of {@code names} a version of {@code entity} in the catalogus carries (only published ones if asked). */
    public Set<String> knownNames(VersionedTypeRepository<?> versies, Long catalogusId, Collection<String> names,
                                  boolean published) {
        return versies.bekendeNamen(catalogusId, names, published);
    }

    /**
     * Relations by name (1.3) that no version in the catalogus carries: {@code does_not_exist} on field.i. A URL
     * left among the names is one {@link RelationNames} could not name and has reported already.
     */
    public void unknownNames(List<InvalidParam> errors, VersionedTypeRepository<?> versies, Long catalogusId,
                             List<String> names, String field) {
        Set<String> known = knownNames(versies, catalogusId, names, false);
        for (int i = 0; i < names.size(); i++) {
            if (!known.contains(names.get(i)) && !RelationNames.isUrl(names.get(i))) {
                errors.add(new InvalidParam(field + "." + i, "does_not_exist",
                        "'" + names.get(i) + "' bestaat niet in de catalogus."));
            }
        }
    }

    /** Related names without a published version, which block a publish: {@code concept-relation}. */
    public void unpublished(List<InvalidParam> errors, VersionedTypeRepository<?> versies, Long catalogusId,
                            List<String> names, String field) {
        errors.addAll(PublishedRelations.check(field, names, knownNames(versies, catalogusId, names, true)));
    }

    public Catalogus catalogus(String url, String field) {
        return referenced(Catalogus.class, "catalogussen", url, field);
    }

    public Zaaktype zaaktype(String url, String field) {
        return referenced(Zaaktype.class, "zaaktypen", url, field);
    }

    public <T extends CatalogiEntity> Optional<T> optionalReferenced(Class<T> type, String collection, String url, String field) {
        return url == null || url.isBlank() ? Optional.empty()
                : Optional.of(referenced(type, collection, url, field));
    }

    /** The JSON document of a request, without the keys held in columns. */
    public ObjectNode document(Object request, String... without) {
        ObjectNode n = mapper.valueToTree(request);
        for (String key : without) {
            n.remove(key);
        }
        return n;
    }

    /** PATCH: {@code current} (request-shaped) with the patch's keys on top, read and validated as {@code type}. */
    public <T> T merge(ObjectNode current, JsonNode patch, Class<T> type) {
        return patches.merge(current, patch, type);
    }

    /** The patch's keys as {@code type} spells them (snake_case accepted), to see which fields it changes. */
    public ObjectNode normalised(JsonNode patch, Class<?> type) {
        return patches.normalised(patch, type);
    }

    /**
     * Records a change: the catalogue revision is bumped in this transaction (other replicas key their caches by it)
     * and the local detail cache is emptied now and again after the transaction ends.
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
     * Records the change: the revision bump and cache (see {@link #changed}) and, in the same transaction, the
     * notification on {@code kanaal}, whose kenmerk {@code catalogus} (declared in {@code config/Kanalen}) is read
     * from the main object.
     */
    public void notify(String kanaal, String hoofdObject, String resource, String resourceUrl, String actie,
                       Catalogus catalogus) {
        changed();
        wijzigingen.record(Wijziging.op(kanaal, actie).resource(resource, resourceUrl)
                .hoofdObject(hoofdObject, Map.of("catalogus", url("catalogussen", catalogus.uuid))));
    }
}
