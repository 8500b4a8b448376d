package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.zgw.catalogi.domain.invoer.VersionedTypeInvoer;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.catalogi.domain.VersionedType;
import nl.zgw.catalogi.domain.invoer.Aanpassing;
import nl.zgw.catalogi.domain.rules.Correctie;
import nl.zgw.catalogi.domain.rules.GeldigheidVolgorde;
import nl.zgw.catalogi.domain.rules.OneConceptPerName;
import nl.zgw.catalogi.domain.rules.Versions;
import nl.zgw.catalogi.domain.rules.Ztc009PublishedType;
import nl.zgw.catalogi.domain.rules.Ztc016NoOverlap;
import nl.zgw.catalogi.persistence.CatalogusRepository;
import nl.zgw.catalogi.persistence.VersionedTypeRepository;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.zgw.catalogi.domain.Collecties.CATALOGUSSEN;

/**
 * The lifecycle every version of a top type shares (zaaktype, informatieobjecttype, besluittype): concepts are
 * created, replaced, patched and deleted freely; one concept per name; publishing ends the published predecessor
 * and checks ztc-016; a published version only changes its eindeGeldigheid or by correctie (ztc-009). Subclasses
 * add their own validation, relations and completeness through the hooks.
 */
public abstract class VersionedTypeService<T extends VersionedType, R extends VersionedTypeInvoer> {

    @Inject
    protected Referenties referenties;
    @Inject
    protected Documenten documenten;
    @Inject
    protected RelationNames names;
    @Inject
    protected BekendeNamen bekendeNamen;
    @Inject
    Geforceerd geforceerd;
    @Inject
    CatalogusWijzigingen wijzigingen;
    @Inject
    CatalogusRepository catalogussen;
    private VersionedTypeRepository<T> versies;
    private Class<T> type;
    private Class<R> requestType;
    private String kanaal;
    private String resource;
    private String naamVeld;

    /** For the CDI client proxy of the (application scoped, transactional) subclasses only. */
    protected VersionedTypeService() {
    }

    /**
     * @param resource the notification resource and the type's name in messages ({@code zaaktype}, ...)
     * @param naamVeld the field the versions share ({@code identificatie} or {@code omschrijving})
     */
    protected VersionedTypeService(VersionedTypeRepository<T> versies, Class<T> type, Class<R> requestType,
                                   String kanaal, String resource, String naamVeld) {
        this.versies = versies;
        this.type = type;
        this.requestType = requestType;
        this.kanaal = kanaal;
        this.resource = resource;
        this.naamVeld = naamVeld;
    }

    // ------------------------------------------------------------------ hooks

    protected abstract T newVersion();

    /** The name the versions share. */
    protected abstract String naam(T t);

    /**
     * Rewrites the body's relations given as URLs to the names they stand for ({@link RelationNames}), errors in
     * {@code errors}; true if anything changed.
     */
    protected boolean relations(ObjectNode body, Catalogus catalogus, List<InvalidParam> errors) {
        return false;
    }

    /** The type's own field checks of a body (references, names), collected in {@code errors}. */
    protected void validate(R r, Catalogus catalogus, List<InvalidParam> errors) {
    }

    /** The type's own object-level rules, checked once every field is valid, collected in {@code errors}. */
    protected void rules(R r, List<InvalidParam> errors) {
    }

    /** What a correctie of this type may not take away, beyond its identity. */
    protected void correctie(T t, R r, Correctie.Check check) {
    }

    /** Copies the body's name, own columns and document onto the version (geldigheid and catalogus are set). */
    protected abstract void assign(T t, R r);

    /** Why the concept may not be published yet, collected in {@code errors}. */
    protected void publishable(T t, List<InvalidParam> errors) {
    }

    /** The version as a request body, the base a PATCH is merged onto; subclasses add their relation columns. */
    protected ObjectNode requestView(T t) {
        ObjectNode n = t.data.deepCopy();
        n.put("catalogus", referenties.url(CATALOGUSSEN, t.catalogus.uuid));
        n.put("beginGeldigheid", t.beginGeldigheid.toString());
        n.put("eindeGeldigheid", t.eindeGeldigheid == null ? null : t.eindeGeldigheid.toString());
        return n;
    }

    // ------------------------------------------------------------------ use cases

    public Class<R> invoerType() {
        return requestType;
    }

    @Transactional
    public T create(R r) {
        T t = newVersion();
        t.uuid = UUID.randomUUID();
        t.concept = true;
        write(t, r);
        t.persist();
        notify(t, "create");
        return t;
    }

    @Transactional
    public T update(UUID uuid, R r) {
        T t = referenties.found(type, uuid);
        Ztc009PublishedType.checkChange(t.concept, false, geforceerd.schrijven());
        write(t, r);
        notify(t, "update");
        return t;
    }

    /** ztc-009 looks at the fields the change sets before it is laid over the current state. */
    @Transactional
    public T patch(UUID uuid, Aanpassing<R> aanpassing) {
        T t = referenties.found(type, uuid);
        Ztc009PublishedType.checkChange(t.concept, Ztc009PublishedType.onlyEindeGeldigheid(aanpassing.velden()),
                geforceerd.schrijven());
        write(t, aanpassing.toegepastOp(requestView(t)));
        notify(t, "partial_update");
        return t;
    }

    @Transactional
    public T delete(UUID uuid) {
        T t = referenties.found(type, uuid);
        Ztc009PublishedType.checkDelete(t.concept, geforceerd.verwijderen());
        notify(t, "destroy");
        t.delete();
        return t;
    }

    /** Makes the concept definitief: publishable, the predecessor ended, no overlap with other versions (ztc-016). */
    @Transactional
    public T publish(UUID uuid) {
        T t = referenties.found(type, uuid);
        catalogussen.lockVersies(t.catalogus);
        versies.getEntityManager().refresh(t);
        if (!t.concept) {
            return t;
        }
        List<InvalidParam> errors = new ArrayList<>();
        publishable(t, errors);
        throwIfAny(errors);
        for (T other : versionsOf(t.catalogus, naam(t), t.id)) {
            if (other.concept) {
                continue;
            }
            LocalDate end = Versions.endOfPredecessor(other.beginGeldigheid, other.eindeGeldigheid, t.beginGeldigheid);
            if (end != null) {
                other.eindeGeldigheid = end;
                notify(other, "partial_update");
            }
            if (Ztc016NoOverlap.overlaps(t.beginGeldigheid, t.eindeGeldigheid, other.beginGeldigheid,
                    other.eindeGeldigheid)) {
                throw Ztc016NoOverlap.violation(naam(t));
            }
        }
        t.concept = false;
        notify(t, "publish");
        return t;
    }

    // ------------------------------------------------------------------ shared

    /**
     * Create, replace and patch: the fields first (relations by name or URL, references), then every object-level
     * rule at once (geldigheid, the type's own, one concept per name, or the correctie rules and ztc-016).
     */
    private void write(T t, R body) {
        Catalogus catalogus = referenties.catalogus(body.catalogus(), "catalogus");
        catalogussen.lockVersies(catalogus);
        List<InvalidParam> fieldErrors = new ArrayList<>();
        R r = withNames(body, catalogus, fieldErrors);
        validate(r, catalogus, fieldErrors);
        throwIfAny(fieldErrors);
        List<InvalidParam> errors = new ArrayList<>();
        GeldigheidVolgorde.check(r.beginGeldigheid(), r.eindeGeldigheid()).ifPresent(errors::add);
        rules(r, errors);
        String naam = r.naam();
        if (t.concept) {
            // another concept of this name whose geldigheid overlaps; an einde before the begin counts as the begin
            LocalDate tot = r.eindeGeldigheid() == null ? null
                    : r.eindeGeldigheid().isBefore(r.beginGeldigheid()) ? r.beginGeldigheid() : r.eindeGeldigheid();
            long others = versies.overlappendeConcepten(catalogus.id, naam, t.uuid, r.beginGeldigheid(), tot);
            OneConceptPerName.check(others, naamVeld, resource).ifPresent(errors::add);
        } else {
            Correctie.Check check = Correctie.check().same(naamVeld, naam(t), naam)
                    .same("catalogus", t.catalogus.id, catalogus.id)
                    .same("beginGeldigheid", t.beginGeldigheid, r.beginGeldigheid());
            correctie(t, r, check);
            errors.addAll(check.errors());
            boolean overlap = versionsOf(catalogus, naam, t.id).stream().anyMatch(other -> !other.concept
                    && Ztc016NoOverlap.overlaps(r.beginGeldigheid(), r.eindeGeldigheid(), other.beginGeldigheid,
                    other.eindeGeldigheid));
            if (overlap) {
                errors.add(Ztc016NoOverlap.error(naam));
            }
        }
        throwIfAny(errors);
        t.catalogus = catalogus;
        t.beginGeldigheid = r.beginGeldigheid();
        t.eindeGeldigheid = r.eindeGeldigheid();
        assign(t, r);
    }

    /** The body with its relations given as URLs replaced by the names they stand for. */
    private R withNames(R r, Catalogus catalogus, List<InvalidParam> errors) {
        ObjectNode body = documenten.tree(r);
        return relations(body, catalogus, errors) ? documenten.invoer(body, requestType) : r;
    }

    /** Replaces the URLs among the strings of {@code array} by the names they stand for; true if any was one. */
    protected boolean named(JsonNode array, RelationNames.Type relation, Catalogus catalogus, String field,
                            List<InvalidParam> errors) {
        boolean changed = false;
        for (int i = 0; i < array.size(); i++) {
            String value = array.get(i).asText(null);
            if (array.get(i).isTextual() && RelationNames.isUrl(value)) {
                String name = names.name(relation, catalogus.id, value, field + "." + i, errors).orElse(value);
                ((ArrayNode) array).set(i, name);
                changed = true;
            }
        }
        return changed;
    }

    private static void throwIfAny(List<InvalidParam> errors) {
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
    }

    /** The other versions: same catalogus and name. */
    private List<T> versionsOf(Catalogus catalogus, String naam, Long except) {
        return versies.andereVersies(catalogus, naam, except);
    }

    private void notify(T t, String actie) {
        String url = referenties.url(kanaal, t.uuid);
        wijzigingen.notify(kanaal, url, resource, url, actie, t.catalogus);
    }
}
