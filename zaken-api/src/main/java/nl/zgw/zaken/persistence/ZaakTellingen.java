package nl.zgw.zaken.persistence;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import nl.zgw.common.query.Counting;
import nl.zgw.common.query.Keyset;
import nl.zgw.common.query.Where;
import nl.zgw.common.security.autorisaties.TypeFilter;

import java.util.List;
import java.util.Set;

/**
 * The triggers' counts of zaken per (zaaktype, vertrouwelijkheidaanduiding) in {@code zaak_telling} (V44): the exact
 * count of GET /zaken without filters as a sum over the groups the autorisatie predicate allows (at most a few
 * hundred rows, where {@code count(*)} of a client's zaken reads its whole part of an index), and the version of
 * the zaak rows for the list's page keys.
 */
@ApplicationScoped
public class ZaakTellingen {

    /** GET /zaken may seek on these paths (NOT NULL columns); {@code ordering} on a nullable date pages by OFFSET. */
    static final Set<String> SORTEERBAAR = Set.of("e.id", "e.identificatie", "e.startdatum", "e.registratiedatum");

    /**
     * Every committed change of zaak adds a row to zaak_telling, and {@link #samenvoegen} replaces rows by rows with
     * higher ids: so the number of rows and the highest id together differ after every change, whichever instance
     * made it (the highest id alone would not: a change with a lower id may commit later).
     */
    public static final Keyset KEYSET = new Keyset(SORTEERBAAR, ZaakTellingen::versie);

    private final EntityManager em;

    public ZaakTellingen(EntityManager em) {
        this.em = em;
    }

    /** The count of the zaken {@code zichtbaar} allows, for a list with no other condition. */
    public static Counting van(TypeFilter zichtbaar) {
        return (em, from, alias, where) -> {
            Where groepen = new Where().and(zichtbaar, "t.zaaktype", "t.vertrouwelijkheidaanduiding");
            return groepen.bindTo(em.createQuery("select coalesce(sum(t.aantal), 0) from ZaakTelling t"
                    + groepen.jpql(), Long.class)).getSingleResult();
        };
    }

    static Object versie(EntityManager em) {
        Tuple t = em.createQuery("select count(t), max(t.id) from ZaakTelling t", Tuple.class).getSingleResult();
        return List.of(t.get(0), t.get(1) == null ? 0L : t.get(1));
    }

    /**
     * Folds the deltas into one row per group, so the sums stay short; not when every group has one row already (a
     * fold is a new version, which would drop the page keys for nothing). Safe next to writers and other instances:
     * the rows it deletes and the sums it inserts commit together, and a row another fold deleted first is skipped.
     */
    @Scheduled(every = "${zgw.zaken.telling.samenvoegen:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void samenvoegen() {
        boolean deltas = (Boolean) em.createNativeQuery("SELECT count(*) > count(DISTINCT (zaaktype,"
                + " vertrouwelijkheidaanduiding)) FROM zaak_telling").getSingleResult();
        if (!deltas) {
            return;
        }
        em.createNativeQuery("""
                WITH weg AS (DELETE FROM zaak_telling RETURNING zaaktype, vertrouwelijkheidaanduiding, aantal)
                INSERT INTO zaak_telling (zaaktype, vertrouwelijkheidaanduiding, aantal)
                SELECT zaaktype, vertrouwelijkheidaanduiding, sum(aantal) FROM weg
                GROUP BY zaaktype, vertrouwelijkheidaanduiding""").executeUpdate();
    }
}
