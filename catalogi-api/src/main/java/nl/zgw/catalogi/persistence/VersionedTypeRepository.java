package nl.zgw.catalogi.persistence;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.catalogi.domain.VersionedType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The versions of a top type (zaaktype, informatieobjecttype, besluittype), which share a name within their
 * catalogus (identificatie or omschrijving): typed (criteria) queries over that name, for the relations by name of
 * the 1.3 history model.
 */
public abstract class VersionedTypeRepository<T extends VersionedType> extends CatalogiRepository<T> {

    private final String naamVeld;

    /** @param naamVeld the attribute the versions share ({@code identificatie} or {@code omschrijving}) */
    protected VersionedTypeRepository(Class<T> type, String naamVeld) {
        super(type);
        this.naamVeld = naamVeld;
    }

    /**
     * The published version valid on {@code d} of each name (1.3.3 "De url's die moeten worden teruggegeven"): same
     * catalogus, concept=false, begin <= d, einde empty or >= d.
     */
    public Map<Versie.Naam, UUID> geldigeVersies(Collection<Long> catalogusIds, Collection<String> names,
                                                 LocalDate d) {
        Map<Versie.Naam, UUID> result = new LinkedHashMap<>();
        if (catalogusIds.isEmpty() || names.isEmpty()) {
            return result;
        }
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Versie> q = cb.createQuery(Versie.class);
        Root<T> e = q.from(type);
        q.select(versie(cb, e)).where(e.get("catalogus").get("id").in(catalogusIds), e.get(naamVeld).in(names),
                cb.isFalse(e.get("concept")), Geldig.op(cb, e, d)).orderBy(cb.asc(e.get("beginGeldigheid")));
        getEntityManager().createQuery(q).getResultList().forEach(v -> result.put(v.sleutel(), v.uuid()));
        return result;
    }

    /** Every version in these catalogi, in the order they were created. */
    public List<Versie> versiesIn(Collection<Long> catalogusIds) {
        if (catalogusIds.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Versie> q = cb.createQuery(Versie.class);
        Root<T> e = q.from(type);
        q.select(versie(cb, e)).where(e.get("catalogus").get("id").in(catalogusIds)).orderBy(cb.asc(e.get("id")));
        return getEntityManager().createQuery(q).getResultList();
    }

    /** Which of {@code names} a version in the catalogus carries (only published ones if asked). */
    public Set<String> bekendeNamen(Long catalogusId, Collection<String> names, boolean published) {
        if (names.isEmpty()) {
            return Set.of();
        }
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<String> q = cb.createQuery(String.class);
        Root<T> e = q.from(type);
        List<Predicate> where = new ArrayList<>(List.of(cb.equal(e.get("catalogus").get("id"), catalogusId),
                e.get(naamVeld).in(names)));
        if (published) {
            where.add(cb.isFalse(e.get("concept")));
        }
        q.select(e.get(naamVeld)).distinct(true).where(where.toArray(Predicate[]::new));
        return new HashSet<>(getEntityManager().createQuery(q).getResultList());
    }

    /** The other versions of a name in a catalogus. */
    public List<T> andereVersies(Catalogus catalogus, String naam, Long except) {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<T> q = cb.createQuery(type);
        Root<T> e = q.from(type);
        q.select(e).where(cb.equal(e.get("catalogus"), catalogus), cb.equal(e.get(naamVeld), naam),
                cb.notEqual(e.get("id"), except == null ? -1L : except));
        return getEntityManager().createQuery(q).getResultList();
    }

    /**
     * The other concepts of a name whose geldigheid overlaps {@code begin} – {@code tot} (null: open); the VNG
     * collection keeps concepts of one name side by side for periods apart.
     */
    public long overlappendeConcepten(Long catalogusId, String naam, UUID except, LocalDate begin, LocalDate tot) {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<T> e = q.from(type);
        List<Predicate> where = new ArrayList<>(List.of(cb.equal(e.get("catalogus").get("id"), catalogusId),
                cb.equal(e.get(naamVeld), naam), cb.isTrue(e.get("concept")), cb.notEqual(e.get("uuid"), except),
                cb.or(cb.isNull(e.get("eindeGeldigheid")), cb.greaterThanOrEqualTo(e.get("eindeGeldigheid"), begin))));
        if (tot != null) {
            where.add(cb.lessThanOrEqualTo(e.get("beginGeldigheid"), tot));
        }
        q.select(cb.count(e)).where(where.toArray(Predicate[]::new));
        return getEntityManager().createQuery(q).getSingleResult();
    }

    private jakarta.persistence.criteria.CompoundSelection<Versie> versie(CriteriaBuilder cb, Root<T> e) {
        return cb.construct(Versie.class, e.get("catalogus").get("id"), e.get(naamVeld), e.get("uuid"));
    }
}
