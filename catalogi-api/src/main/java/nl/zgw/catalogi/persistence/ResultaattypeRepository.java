package nl.zgw.catalogi.persistence;

import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Resultaattype;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@Singleton
public class ResultaattypeRepository extends OnderdeelRepository<Resultaattype> {

    /** A resultaattype of a published zaaktype and the besluittypen (names) it relates. */
    public record MetBesluittypen(Long catalogusId, UUID uuid, String omschrijving, String[] besluittypen) {
    }

    public ResultaattypeRepository() {
        super(Resultaattype.class, "omschrijving", "id");
    }

    /** Resultaattypen of the published zaaktypen valid on {@code d} in these catalogi. */
    public List<MetBesluittypen> vanGeldigeZaaktypen(Collection<Long> catalogusIds, LocalDate d) {
        if (catalogusIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select new " + MetBesluittypen.class.getName()
                        + "(z.catalogus.id, r.uuid, r.omschrijving, r.besluittypen)"
                        + " from Resultaattype r join r.zaaktype z"
                        + " where z.catalogus.id in :c and z.concept = false and z.beginGeldigheid <= :d"
                        + " and (z.eindeGeldigheid is null or z.eindeGeldigheid >= :d) order by r.id",
                MetBesluittypen.class).setParameter("c", catalogusIds).setParameter("d", d).getResultList();
    }

    /** How many resultaattypen of the zaaktype have no selectielijstklasse (Open Zaak's completeness). */
    public long zonderSelectielijstklasse(Long zaaktypeId) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from resultaattype"
                        + " where zaaktype_id = :z and coalesce(data->>'selectielijstklasse', '') = ''")
                .setParameter("z", zaaktypeId).getSingleResult()).longValue();
    }
}
