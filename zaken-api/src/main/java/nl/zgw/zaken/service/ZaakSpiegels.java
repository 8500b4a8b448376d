package nl.zgw.zaken.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.sync.Synchronisaties;
import nl.zgw.zaken.domain.Zaak;
import nl.zgw.zaken.domain.ZaakExterneRelatie;
import nl.zgw.zaken.domain.ZaakInformatieObject;
import nl.zgw.zaken.persistence.ZaakExterneRelatieRepository;
import nl.zgw.zaken.persistence.ZaakInformatieObjectRepository;

import java.util.List;
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
    private final ZaakExterneRelatieRepository externeRelaties;

    public ZaakSpiegels(Synchronisaties synchronisaties, ZaakInformatieObjectRepository informatieobjecten,
                        ZaakExterneRelatieRepository externeRelaties) {
        this.synchronisaties = synchronisaties;
        this.informatieobjecten = informatieobjecten;
        this.externeRelaties = externeRelaties;
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
    public void gekoppeld(ExterneRelatieSoort soort, ZaakExterneRelatie r, String zaakUrl) {
        plan(soort.aanmaken(), soort.resource(), r.zaak.uuid, r.uuid, r.doel, zaakUrl);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ontkoppeld(ExterneRelatieSoort soort, ZaakExterneRelatie r, String zaakUrl) {
        plan(soort.verwijderen(), soort.resource(), r.zaak.uuid, r.uuid, r.doel, zaakUrl);
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
        for (ExterneRelatieSoort soort : List.of(ExterneRelatieSoort.CONTACTMOMENT, ExterneRelatieSoort.VERZOEK)) {
            for (Object[] r : externeRelaties.doelenVanZaak(soort.type(), zaak)) {
                plan(soort.verwijderen(), soort.resource(), zaak.uuid, (UUID) r[0], (String) r[1], zaakUrl);
            }
        }
    }

    private void plan(String soort, String relatie, UUID zaak, UUID uuid, String doel, String zaakUrl) {
        synchronisaties.plan(soort, sleutel(relatie, zaak, doel),
                Map.of("relatie", uuid.toString(), "zaak", zaakUrl, "doel", doel));
    }
}
