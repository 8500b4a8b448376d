package nl.zgw.common.security;

import nl.zgw.common.security.autorisaties.TypeFilter;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.zgw.common.security.AutorisatiesPerComponentTest.*;
import static nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Lists MOETEN be filtered at the source (standard §2 step 6, zrc-006): TypeFilter's JPQL predicate, run by Hibernate
 * against PostgreSQL over objects of several types and levels (test table zgw_test_lijst_object).
 */
@QuarkusTest
class LijstPredicateDatabaseTest {

    @Inject
    EntityManager em;

    private List<String> listed(TypeFilter filter, String levelField) {
        TypeFilter.Predicate p = filter.toJpql("o.type", levelField);
        TypedQuery<String> q = em.createQuery("select o.id from LijstObject o where " + p.jpql() + " order by o.id",
                String.class);
        p.parameters().forEach(q::setParameter);
        return q.getResultList();
    }

    @Test
    void drcListShowsGrantedInformatieobjecttypenUpToTheirMax() {
        TypeFilter filter = in("drc", drc(IOT1, ZAAKVERTROUWELIJK, "documenten.lezen"),
                drc(IOT2, INTERN, "documenten.lezen")).listFilter("documenten.lezen");
        assertEquals(List.of("iot1-openbaar", "iot1-zaakvertrouwelijk", "iot2-intern"),
                listed(filter, "o.vertrouwelijkheidaanduiding"));
    }

    @Test
    void brcListShowsGrantedBesluittypenWhateverTheirOtherFields() {
        TypeFilter filter = in("brc", brc(BT1, "besluiten.lezen")).listFilter("besluiten.lezen");
        assertEquals(List.of("bt1-a", "bt1-b"), listed(filter, null));
    }

    @Test
    void nothingAndEverythingAreValidPredicatesToo() {
        assertEquals(List.of(), listed(in("drc", drc(IOT1, null, "documenten.lezen")).listFilter("documenten.lezen"),
                "o.vertrouwelijkheidaanduiding"));
        assertEquals(8, listed(TypeFilter.everything(), "o.vertrouwelijkheidaanduiding").size());
    }
}
