package nl.zgw.catalogi.persistence;

import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Besluittype;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Besluittype versions share their omschrijving. */
@Singleton
public class BesluittypeRepository extends VersionedTypeRepository<Besluittype> {

    /** A published besluittype and the informatieobjecttypen (names) it relates. */
    public record MetInformatieobjecttypen(Long catalogusId, UUID uuid, String omschrijving,
                                           String[] informatieobjecttypen) {
    }

    public BesluittypeRepository() {
        super(Besluittype.class, "omschrijving");
    }

    /** The published besluittypen valid on {@code d} of these catalogi, by omschrijving. */
    public List<MetInformatieobjecttypen> geldig(Collection<Long> catalogusIds, LocalDate d) {
        if (catalogusIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select new " + MetInformatieobjecttypen.class.getName()
                        + "(b.catalogus.id, b.uuid, b.omschrijving, b.informatieobjecttypen) from Besluittype b"
                        + " where b.catalogus.id in :c and b.concept = false and b.beginGeldigheid <= :d"
                        + " and (b.eindeGeldigheid is null or b.eindeGeldigheid >= :d) order by b.omschrijving",
                MetInformatieobjecttypen.class).setParameter("c", catalogusIds).setParameter("d", d).getResultList();
    }
}
