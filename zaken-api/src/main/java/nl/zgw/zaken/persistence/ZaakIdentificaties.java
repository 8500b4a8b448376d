package nl.zgw.zaken.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * zrc-002: the identificatie a zaak gets when its client gives none, {@code ZAAK-<jaar>-<10 digits>} as the
 * reference implementation formats it, unique within the bronorganisatie. The numbers come from
 * {@link ZaakNummerTeller} (one counter row per bronorganisatie and year, never {@code max()+1}), so two creates
 * never draw the same one. A number a client already chose, or one reserved with POST /zaaknummer_reserveren, is
 * skipped.
 */
@ApplicationScoped
public class ZaakIdentificaties {

    private final EntityManager em;
    private final ZaakNummerTeller teller;

    public ZaakIdentificaties(EntityManager em, ZaakNummerTeller teller) {
        this.em = em;
        this.teller = teller;
    }

    public static String format(int jaar, long nummer) {
        return String.format("ZAAK-%d-%010d", jaar, nummer);
    }

    /** The next free identificatie of {@code bronorganisatie} in {@code jaar}, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String volgende(String bronorganisatie, int jaar) {
        while (true) {
            long nummer = teller.volgende(bronorganisatie, jaar);
            String identificatie = format(jaar, nummer);
            if (!bezet(bronorganisatie, identificatie)) {
                return identificatie;
            }
        }
    }

    /** Draws {@code aantal} numbers and records them as reserved: the counter never issues them again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> reserveer(String bronorganisatie, int jaar, int aantal) {
        List<String> nummers = new ArrayList<>(aantal);
        for (int i = 0; i < aantal; i++) {
            String identificatie = volgende(bronorganisatie, jaar);
            em.createNativeQuery("INSERT INTO zaak_identificatie_reservering (bronorganisatie, identificatie)"
                            + " VALUES (?1, ?2)")
                    .setParameter(1, bronorganisatie).setParameter(2, identificatie).executeUpdate();
            nummers.add(identificatie);
        }
        return nummers;
    }

    /** Is this identificatie used by a zaak or reserved, within the bronorganisatie? */
    public boolean bezet(String bronorganisatie, String identificatie) {
        Number n = (Number) em.createNativeQuery("""
                        SELECT (SELECT count(*) FROM zaak WHERE bronorganisatie = ?1 AND identificatie = ?2)
                             + (SELECT count(*) FROM zaak_identificatie_reservering
                                WHERE bronorganisatie = ?1 AND identificatie = ?2)""")
                .setParameter(1, bronorganisatie).setParameter(2, identificatie).getSingleResult();
        return n.longValue() > 0;
    }

    /** Is this identificatie reserved for the bronorganisatie (so a create may take it)? */
    public boolean gereserveerd(String bronorganisatie, String identificatie) {
        Number n = (Number) em.createNativeQuery("SELECT count(*) FROM zaak_identificatie_reservering"
                        + " WHERE bronorganisatie = ?1 AND identificatie = ?2")
                .setParameter(1, bronorganisatie).setParameter(2, identificatie).getSingleResult();
        return n.longValue() > 0;
    }

    /**
     * Serialises the writers of one (bronorganisatie, identificatie) until the end of the transaction, so the
     * uniqueness check before an insert cannot race (a transaction-scoped advisory lock).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void vergrendel(String bronorganisatie, String identificatie) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, bronorganisatie + "/" + identificatie).getSingleResult();
    }
}
