package nl.zgw.catalogi.persistence;

import jakarta.inject.Singleton;
import nl.zgw.catalogi.domain.rules.CompleteZaaktype;

import java.util.List;

/** What a zaaktype version holds, as its publish checks it: its parts and the informatieobjecttypen of its ZIOTs. */
@Singleton
public class ZaaktypeInhoud {

    private final StatustypeRepository statustypen;
    private final RoltypeRepository roltypen;
    private final ResultaattypeRepository resultaattypen;
    private final ZaaktypeInformatieobjecttypeRepository ziots;

    public ZaaktypeInhoud(StatustypeRepository statustypen, RoltypeRepository roltypen,
                          ResultaattypeRepository resultaattypen, ZaaktypeInformatieobjecttypeRepository ziots) {
        this.statustypen = statustypen;
        this.roltypen = roltypen;
        this.resultaattypen = resultaattypen;
        this.ziots = ziots;
    }

    /** The counts Open Zaak's completeness rule looks at. */
    public CompleteZaaktype.Parts onderdelen(Long zaaktypeId) {
        return new CompleteZaaktype.Parts(statustypen.aantal(zaaktypeId), roltypen.aantal(zaaktypeId),
                resultaattypen.aantal(zaaktypeId), resultaattypen.zonderSelectielijstklasse(zaaktypeId));
    }

    /** The informatieobjecttypen (names) the zaaktype's ZIOTs relate. */
    public List<String> informatieobjecttypen(Long zaaktypeId) {
        return ziots.informatieobjecttypen(zaaktypeId);
    }
}
