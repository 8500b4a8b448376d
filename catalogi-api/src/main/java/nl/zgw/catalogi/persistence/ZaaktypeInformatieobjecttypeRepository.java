package nl.zgw.catalogi.persistence;

import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.ZaaktypeInformatieobjecttype;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@Singleton
public class ZaaktypeInformatieobjecttypeRepository extends OnderdeelRepository<ZaaktypeInformatieobjecttype> {

    /** A published zaaktype relating an informatieobjecttype (by name). */
    public record Relatie(Long catalogusId, String informatieobjecttype, UUID zaaktype, String identificatie) {
    }

    public ZaaktypeInformatieobjecttypeRepository() {
        super(ZaaktypeInformatieobjecttype.class, "informatieobjecttype", "volgnummer");
    }

    /** The published zaaktypen valid on {@code d} that relate these informatieobjecttypen. */
    public List<Relatie> geldigeZaaktypen(Collection<Long> catalogusIds, Collection<String> iotNames, LocalDate d) {
        if (catalogusIds.isEmpty() || iotNames.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select new " + Relatie.class.getName()
                        + "(z.catalogus.id, r.informatieobjecttype, z.uuid, z.identificatie)"
                        + " from ZaaktypeInformatieobjecttype r join r.zaaktype z where z.catalogus.id in :c"
                        + " and r.informatieobjecttype in :n and z.concept = false and z.beginGeldigheid <= :d"
                        + " and (z.eindeGeldigheid is null or z.eindeGeldigheid >= :d) order by z.identificatie",
                Relatie.class).setParameter("c", catalogusIds).setParameter("n", iotNames).setParameter("d", d)
                .getResultList();
    }

    /** The informatieobjecttypen (names) a zaaktype relates. */
    public List<String> informatieobjecttypen(Long zaaktypeId) {
        return getEntityManager().createQuery("select distinct r.informatieobjecttype from"
                + " ZaaktypeInformatieobjecttype r where r.zaaktype.id = :z", String.class)
                .setParameter("z", zaaktypeId).getResultList();
    }
}
