package nl.zgw.zaken.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.sync.Synchronisaties;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakContactmoment;
import nl.zgw.zaken.domain.ZaakInformatieObject;
import nl.zgw.zaken.domain.ZaakVerzoek;
import nl.zgw.zaken.persistence.ZaakContactmomentRepository;
import nl.zgw.zaken.persistence.ZaakInformatieObjectRepository;
import nl.zgw.zaken.persistence.ZaakVerzoekRepository;

import java.util.Map;
import java.util.UUID;

/**
 * Plans, in the transaction of the change, that the mirror of a zaak's relation in the other API follows it
 * (zrc-005 objectinformatieobject, zrc-024 objectverzoek, zrc-025 objectcontactmoment; zrc-023 on deleting the
 * zaak). {@link SpiegelSynchronisaties} carries the plans out after commit, retried until the other side did it.
 * The sleutel is the relation (zaak uuid and related URL), so its create and delete run in order.
 */
@ApplicationScoped
public class ZaakSpiegels {

    public static final String OIO_AANMAKEN = "zrc.objectinformatieobject.aanmaken";
    public static final String OIO_VERWIJDEREN = "zrc.objectinformatieobject.verwijderen";
    public static final String OCM_AANMAKEN = "zrc.objectcontactmoment.aanmaken";
    public static final String OCM_VERWIJDEREN = "zrc.objectcontactmoment.verwijderen";
    public static final String OV_AANMAKEN = "zrc.objectverzoek.aanmaken";
    public static final String OV_VERWIJDEREN = "zrc.objectverzoek.verwijderen";

    private final Synchronisaties synchronisaties;
    private final ZaakInformatieObjectRepository informatieobjecten;
    private final ZaakContactmomentRepository contactmomenten;
    private final ZaakVerzoekRepository verzoeken;

    public ZaakSpiegels(Synchronisaties synchronisaties, ZaakInformatieObjectRepository informatieobjecten,
                        ZaakContactmomentRepository contactmomenten, ZaakVerzoekRepository verzoeken) {
        this.synchronisaties = synchronisaties;
        this.informatieobjecten = informatieobjecten;
        this.contactmomenten = contactmomenten;
        this.verzoeken = verzoeken;
    }

    /** The sleutel of a relation of {@code zaak} to {@code doel}: what its synchronisations are about. */
    public static String sleutel(String soort, UUID zaak, String doel) {
        return soort + ":" + zaak + ":" + doel;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void gekoppeld(ZaakInformatieObject zio, String zaakUrl) {
        plan(OIO_AANMAKEN, "zaakinformatieobject", zio.zaak.uuid, zio.uuid, zio.informatieobject, zaakUrl);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ontkoppeld(ZaakInformatieObject zio, String zaakUrl) {
        plan(OIO_VERWIJDEREN, "zaakinformatieobject", zio.zaak.uuid, zio.uuid, zio.informatieobject, zaakUrl);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void gekoppeld(ZaakContactmoment zcm, String zaakUrl) {
        plan(OCM_AANMAKEN, "zaakcontactmoment", zcm.zaak.uuid, zcm.uuid, zcm.contactmoment, zaakUrl);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ontkoppeld(ZaakContactmoment zcm, String zaakUrl) {
        plan(OCM_VERWIJDEREN, "zaakcontactmoment", zcm.zaak.uuid, zcm.uuid, zcm.contactmoment, zaakUrl);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void gekoppeld(ZaakVerzoek zv, String zaakUrl) {
        plan(OV_AANMAKEN, "zaakverzoek", zv.zaak.uuid, zv.uuid, zv.verzoek, zaakUrl);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ontkoppeld(ZaakVerzoek zv, String zaakUrl) {
        plan(OV_VERWIJDEREN, "zaakverzoek", zv.zaak.uuid, zv.uuid, zv.verzoek, zaakUrl);
    }

    /**
     * zrc-023: the zaak is being deleted (its relations go with it by cascade): every mirror of its documents,
     * contactmomenten and verzoeken is removed in the other API. Call before the delete, in its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void zaakVerwijderd(Zaak zaak, String zaakUrl) {
        for (Object[] r : informatieobjecten.doelenVanZaak(zaak)) {
            plan(OIO_VERWIJDEREN, "zaakinformatieobject", zaak.uuid, (UUID) r[0], (String) r[1], zaakUrl);
        }
        for (Object[] r : contactmomenten.doelenVanZaak(zaak)) {
            plan(OCM_VERWIJDEREN, "zaakcontactmoment", zaak.uuid, (UUID) r[0], (String) r[1], zaakUrl);
        }
        for (Object[] r : verzoeken.doelenVanZaak(zaak)) {
            plan(OV_VERWIJDEREN, "zaakverzoek", zaak.uuid, (UUID) r[0], (String) r[1], zaakUrl);
        }
    }

    private void plan(String soort, String relatie, UUID zaak, UUID uuid, String doel, String zaakUrl) {
        synchronisaties.plan(soort, sleutel(relatie, zaak, doel),
                Map.of("relatie", uuid.toString(), "zaak", zaakUrl, "doel", doel));
    }
}
