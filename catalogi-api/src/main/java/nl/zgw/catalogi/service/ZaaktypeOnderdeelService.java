package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.catalogi.domain.Zaaktype;
import nl.zgw.catalogi.domain.ZaaktypeOnderdeel;
import nl.zgw.catalogi.domain.invoer.Aanpassing;
import nl.zgw.catalogi.domain.rules.Correctie;
import nl.zgw.catalogi.domain.rules.Ztc010PublishedZaaktype;
import nl.zgw.catalogi.persistence.OnderdeelRepository;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static nl.zgw.catalogi.domain.Collecties.ZAAKTYPEN;

/**
 * What every type of a zaaktype version shares (statustype, roltype, eigenschap, resultaattype, ZIOT,
 * zaakobjecttype): create or replace, patch and delete; ztc-010 guards them once the zaaktype is published; their
 * changes are notified on kanaal {@code zaaktypen} with the zaaktype as hoofdObject. Subclasses write one part.
 */
public abstract class ZaaktypeOnderdeelService<T extends ZaaktypeOnderdeel, R> {

    @Inject
    protected Referenties referenties;
    @Inject
    protected Documenten documenten;
    @Inject
    Geforceerd geforceerd;
    @Inject
    CatalogusWijzigingen wijzigingen;
    protected OnderdeelRepository<T> repository;
    private Class<R> invoerType;
    private String collection;
    private String resource;

    /** For the CDI client proxy of the (application scoped, transactional) subclasses only. */
    protected ZaaktypeOnderdeelService() {
    }

    /**
     * @param collection the collection of the part's URL
     * @param resource   the notification resource ({@code statustype}, ...)
     */
    protected ZaaktypeOnderdeelService(OnderdeelRepository<T> repository, Class<R> invoerType, String collection,
                                       String resource) {
        this.repository = repository;
        this.invoerType = invoerType;
        this.collection = collection;
        this.resource = resource;
    }

    // ------------------------------------------------------------------ hooks

    protected abstract T nieuw();

    /** Checks the input against the catalogue, assigns it to the part and stores it ({@link #opgeslagen}). */
    protected abstract T write(T t, R r);

    /** The part as its input, the state a PATCH is laid over. */
    protected abstract ObjectNode huidig(T t);

    // ------------------------------------------------------------------ use cases

    public Class<R> invoerType() {
        return invoerType;
    }

    /** Creates (uuid null) or replaces the part. */
    @Transactional
    public T save(UUID uuid, R r) {
        return write(uuid == null ? nieuw() : referenties.found(repository.type(), uuid), r);
    }

    @Transactional
    public T patch(UUID uuid, Aanpassing<R> aanpassing) {
        T t = referenties.found(repository.type(), uuid);
        return save(uuid, aanpassing.toegepastOp(huidig(t)));
    }

    @Transactional
    public void delete(UUID uuid) {
        T t = referenties.found(repository.type(), uuid);
        Ztc010PublishedZaaktype.checkDelete(t.zaaktype.concept, geforceerd.verwijderen());
        notify(t.zaaktype, uuid, "destroy");
        repository.delete(t);
    }

    // ------------------------------------------------------------------ shared

    /** The zaaktype of the request (ztc-010 for it and for the one the object had) and the beginGeldigheid rule. */
    protected Zaaktype zaaktypeFor(String url, Zaaktype current, LocalDate beginGeldigheid) {
        Zaaktype z = referenties.zaaktype(url, "zaaktype");
        boolean forced = geforceerd.schrijven();
        Ztc010PublishedZaaktype.checkChange(z.concept, forced);
        if (current != null && !current.id.equals(z.id)) {
            Ztc010PublishedZaaktype.checkChange(current.concept, forced);
            if (!current.concept || !z.concept) {
                Correctie.check().notMoved(current.id, z.id).verify();
            }
        }
        if (beginGeldigheid != null && !beginGeldigheid.equals(z.beginGeldigheid)
                && !beginGeldigheid.toString().equals(z.data.path("versiedatum").asText())) {
            throw ZgwException.invalid("beginGeldigheid", "geldigheid-mismatch",
                    "beginGeldigheid moet gelijk zijn aan de beginGeldigheid of versiedatum van het zaaktype.");
        }
        return z;
    }

    /** The deprecated {@code catalogus} of a part, when sent, is the zaaktype's. */
    protected void sameCatalogus(String url, Zaaktype z) {
        if (url != null && !url.isBlank()) {
            Catalogus catalogus = referenties.catalogus(url, "catalogus");
            if (!catalogus.id.equals(z.catalogus.id)) {
                throw ZgwException.invalid("catalogus", "relations-incorrect-catalogus",
                        "De catalogus moet die van het zaaktype zijn.");
            }
        }
    }

    /** {@code field} is unique among the parts of one zaaktype (§5.2): {@code unique} otherwise. */
    protected Optional<InvalidParam> uniqueInZaaktype(String field, Object value, Zaaktype z, Long self) {
        if (repository.bezet(z.id, field, value, self)) {
            return Optional.of(InvalidParam.nonField("unique",
                    "De velden zaaktype, " + field + " moeten een unieke set zijn."));
        }
        return Optional.empty();
    }

    protected static void throwIfAny(List<InvalidParam> errors) {
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
    }

    /** The stored document with the zaaktype's URL: most parts' current state. */
    protected ObjectNode view(JsonNode data, Zaaktype z) {
        ObjectNode view = data.deepCopy();
        view.put("zaaktype", referenties.url(ZAAKTYPEN, z.uuid));
        return view;
    }

    /** Persists a new part (with a fresh uuid) and notifies its create or update on kanaal zaaktypen. */
    protected T opgeslagen(T t) {
        boolean created = t.id == null;
        if (created) {
            t.uuid = UUID.randomUUID();
            repository.persist(t);
        }
        notify(t.zaaktype, t.uuid, created ? "create" : "update");
        return t;
    }

    private void notify(Zaaktype z, UUID uuid, String actie) {
        String hoofdObject = referenties.url(ZaaktypeService.KANAAL, z.uuid);
        wijzigingen.notify(ZaaktypeService.KANAAL, hoofdObject, resource, referenties.url(collection, uuid), actie,
                z.catalogus);
    }
}
