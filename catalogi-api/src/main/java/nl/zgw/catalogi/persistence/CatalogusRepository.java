package nl.zgw.catalogi.persistence;

import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.Catalogus;

import java.util.UUID;

@Singleton
public class CatalogusRepository extends CatalogiRepository<Catalogus> {

    public CatalogusRepository() {
        super(Catalogus.class);
    }

    /** Whether a catalogus other than {@code self} has this (domein, rsin). */
    public boolean bezet(String domein, String rsin, UUID self) {
        return count("domein = ?1 and rsin = ?2 and uuid <> ?3", domein, rsin, self) > 0;
    }

    /**
     * Serialises the version checks of one catalogus (ztc-016 overlap, one concept per name) between concurrent
     * transactions: {@code FOR UPDATE} on the catalogus row, so the second writer checks what the first committed.
     */
    public void lockVersies(Catalogus catalogus) {
        getEntityManager().createNativeQuery("SELECT id FROM catalogus WHERE id = :id FOR UPDATE")
                .setParameter("id", catalogus.id).getResultList();
    }
}
