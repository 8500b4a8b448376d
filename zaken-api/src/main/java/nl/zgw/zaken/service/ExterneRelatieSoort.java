package nl.zgw.zaken.service;

import com.fasterxml.jackson.databind.JsonNode;
import nl.zgw.common.refs.ResourceType;
import nl.zgw.zaken.client.Klantinteracties;
import nl.zgw.zaken.domain.ZaakContactmoment;
import nl.zgw.zaken.domain.ZaakExterneRelatie;
import nl.zgw.zaken.domain.ZaakVerzoek;

import java.util.function.Supplier;

/**
 * A kind of {@link ZaakExterneRelatie}: everything in which /zaakcontactmomenten and /zaakverzoeken differ.
 *
 * @param type        its entity
 * @param nieuw       a new, empty row
 * @param resource    its name in notifications and the audit trail
 * @param collectie   its collection in this API
 * @param veld        the field (and filter) naming the related object
 * @param doelType    the related object as its API serves it (checked on create)
 * @param aanmaken    the synchronisation that mirrors it in the other API
 * @param verwijderen the synchronisation that removes that mirror
 */
public record ExterneRelatieSoort(Class<? extends ZaakExterneRelatie> type, Supplier<ZaakExterneRelatie> nieuw,
                                  String resource, String collectie, String veld, ResourceType<JsonNode> doelType,
                                  String aanmaken, String verwijderen) {

    /** zrc-025: mirrored as an objectcontactmoment. */
    public static final ExterneRelatieSoort CONTACTMOMENT = new ExterneRelatieSoort(ZaakContactmoment.class,
            ZaakContactmoment::new, "zaakcontactmoment", "zaakcontactmomenten", "contactmoment",
            Klantinteracties.CONTACTMOMENT, ZaakSpiegels.OCM_AANMAKEN, ZaakSpiegels.OCM_VERWIJDEREN);

    /** zrc-024: mirrored as an objectverzoek. */
    public static final ExterneRelatieSoort VERZOEK = new ExterneRelatieSoort(ZaakVerzoek.class, ZaakVerzoek::new,
            "zaakverzoek", "zaakverzoeken", "verzoek", Klantinteracties.VERZOEK, ZaakSpiegels.OV_AANMAKEN,
            ZaakSpiegels.OV_VERWIJDEREN);
}
