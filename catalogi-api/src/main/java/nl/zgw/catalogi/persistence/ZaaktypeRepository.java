package nl.zgw.catalogi.persistence;

import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Zaaktype;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Zaaktype versions share their identificatie. */
@Singleton
public class ZaaktypeRepository extends VersionedTypeRepository<Zaaktype> {

    /** A published zaaktype and the besluittypen (names) it relates. */
    public record MetBesluittypen(Long catalogusId, UUID uuid, String identificatie, String[] besluittypen) {
    }

    public ZaaktypeRepository() {
        super(Zaaktype.class, "identificatie");
    }

    /** The published zaaktypen valid on {@code d} of these catalogi, by identificatie. */
    public List<MetBesluittypen> geldig(Collection<Long> catalogusIds, LocalDate d) {
        if (catalogusIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select new " + MetBesluittypen.class.getName()
                        + "(z.catalogus.id, z.uuid, z.identificatie, z.besluittypen) from Zaaktype z"
                        + " where z.catalogus.id in :c and z.concept = false and z.beginGeldigheid <= :d"
                        + " and (z.eindeGeldigheid is null or z.eindeGeldigheid >= :d) order by z.identificatie",
                MetBesluittypen.class).setParameter("c", catalogusIds).setParameter("d", d).getResultList();
    }
}
