package nl.zgw.catalogi.persistence;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import nl.zgw.catalogi.domain.ZaaktypeOnderdeel;

import java.util.Collection;
import java.util.List;

/** The types of a zaaktype version (statustype, roltype, ...): typed (criteria) queries over their zaaktype. */
public abstract class OnderdeelRepository<T extends ZaaktypeOnderdeel> extends CatalogiRepository<T> {

    private final String naamVeld;
    private final String volgorde;

    /**
     * @param naamVeld the attribute a zaaktype lists them by ({@code resultaattypeOmschrijving}, ...); null for none
     * @param volgorde the attribute they are listed in order of
     */
    protected OnderdeelRepository(Class<T> type, String naamVeld, String volgorde) {
        super(type);
        this.naamVeld = naamVeld;
        this.volgorde = volgorde;
    }

    /** The parts of the zaaktypen of a page, in their order. */
    public List<Onderdeel> vanZaaktypen(Collection<Long> zaaktypeIds) {
        if (zaaktypeIds.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Onderdeel> q = cb.createQuery(Onderdeel.class);
        Root<T> e = q.from(type);
        q.select(cb.construct(Onderdeel.class, e.get("zaaktype").get("id"), e.get("uuid"),
                        naamVeld == null ? cb.nullLiteral(String.class) : e.get(naamVeld)))
                .where(e.get("zaaktype").get("id").in(zaaktypeIds)).orderBy(cb.asc(e.get(volgorde)));
        return getEntityManager().createQuery(q).getResultList();
    }

    /** Whether another part of the zaaktype than {@code self} has {@code value} for {@code field} (§5.2 unique). */
    public boolean bezet(Long zaaktypeId, String field, Object value, Long self) {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<T> e = q.from(type);
        q.select(cb.count(e)).where(cb.equal(e.get("zaaktype").get("id"), zaaktypeId), cb.equal(e.get(field), value),
                cb.notEqual(e.get("id"), self == null ? -1L : self));
        return getEntityManager().createQuery(q).getSingleResult() > 0;
    }

    public long aantal(Long zaaktypeId) {
        return count("zaaktype.id", zaaktypeId);
    }
}
