package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;

/**
 * Body of POST/PUT /zaakobjecten (and a PATCH merged over the current state). {@code objectIdentificatie} is read
 * by the schema its objectType selects, {@code objectTypeOverigeDefinitie} by its own, both from the official file.
 */
public record ZaakObjectRequest(
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String zaak,
        @AbsoluteUrl @Size(max = 1000) String object,
        @AbsoluteUrl @Size(max = 1000) String zaakobjecttype,
        @NotNull @OneOf({"adres", "besluit", "buurt", "enkelvoudig_document", "gemeente",
                "gemeentelijke_openbare_ruimte", "huishouden", "inrichtingselement", "kadastrale_onroerende_zaak",
                "kunstwerkdeel", "maatschappelijke_activiteit", "medewerker", "natuurlijk_persoon",
                "niet_natuurlijk_persoon", "openbare_ruimte", "organisatorische_eenheid", "pand", "spoorbaandeel",
                "status", "terreindeel", "terrein_gebouwd_object", "vestiging", "waterdeel", "wegdeel", "wijk",
                "woonplaats", "woz_deelobject", "woz_object", "woz_waarde", "zakelijk_recht", "overige"})
        String objectType,
        @Size(max = 100) String objectTypeOverige,
        JsonNode objectTypeOverigeDefinitie,
        @Size(max = 80) String relatieomschrijving,
        JsonNode objectIdentificatie,
        /** The file's name of the group for the five betrokkene kinds; objectIdentificatie wins when both are sent. */
        JsonNode betrokkeneIdentificatie) {
}
