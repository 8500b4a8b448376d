package nl.zgw.zaken.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.domain.Zaak;

import java.util.Collection;
import java.util.List;

/**
 * The zaak's relations that closing, archiving and the status rendering read (zaakinformatieobjecten, zaakbesluiten,
 * zaakobjecten), as the few values they need, through the relations' repositories.
 */
@ApplicationScoped
public class ZaakRelaties {

    /** One row of a zaakobject: its object URL and the value of one attribute of its objectIdentificatie. */
    public record ZaakobjectWaarde(String object, String waarde) {
    }

    private final ZaakInformatieObjectRepository zaakinformatieobjecten;
    private final ZaakBesluitRepository zaakbesluiten;
    private final ZaakObjectRepository zaakobjecten;

    public ZaakRelaties(ZaakInformatieObjectRepository zaakinformatieobjecten, ZaakBesluitRepository zaakbesluiten,
                        ZaakObjectRepository zaakobjecten) {
        this.zaakinformatieobjecten = zaakinformatieobjecten;
        this.zaakbesluiten = zaakbesluiten;
        this.zaakobjecten = zaakobjecten;
    }

    /** The informatieobject URLs of the zaak's zaakinformatieobjecten. */
    public List<String> informatieobjecten(Zaak zaak) {
        return zaakinformatieobjecten.informatieobjectenVan(zaak);
    }

    /** The besluit URLs the Besluiten API registered at the zaak ({@code /zaken/{uuid}/besluiten}). */
    public List<String> besluiten(Zaak zaak) {
        return zaakbesluiten.besluitenVan(zaak);
    }

    /** The zaakobjecten of an objectType: their object URL and attribute {@code kenmerk} of their objectIdentificatie. */
    public List<ZaakobjectWaarde> zaakobjecten(Zaak zaak, String objectType, String kenmerk) {
        return zaakobjecten.ofZaak(zaak, objectType).stream()
                .map(o -> new ZaakobjectWaarde(o.object, waarde(o.objectIdentificatie, kenmerk)))
                .toList();
    }

    /**
     * The zaakinformatieobjecten of these zaken that name a status ({@code zaakinformatieobject.status}): their
     * status URL and their uuid, one query for a page of statussen.
     */
    public List<Object[]> zaakinformatieobjectenMetStatus(Collection<Long> zaakIds) {
        return zaakinformatieobjecten.metStatus(zaakIds);
    }

    /** A text attribute as text, any other value as its JSON (as PostgreSQL's {@code ->>} reads it), else null. */
    private static String waarde(JsonNode identificatie, String kenmerk) {
        JsonNode v = identificatie == null ? null : identificatie.get(kenmerk);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isTextual() ? v.textValue() : v.toString();
    }
}
