package nl.zgw.catalogi.domain.invoer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.IsoDuration;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;

import java.time.LocalDate;
import java.util.List;

/**
 * A /resultaattypen resource to store (the body of POST and PUT, or the state a PATCH leaves); {@code
 * besluittypen}/{@code informatieobjecttypen} are omschrijvingen, the deprecated {@code catalogus}, if sent, must
 * be the zaaktype's.
 */
public record ResultaattypeInvoer(
        @NotNull @NonBlank @AbsoluteUrl String zaaktype,
        @AbsoluteUrl String catalogus,
        @NotNull @NonBlank @Size(max = 30) String omschrijving,
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String resultaattypeomschrijving,
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String selectielijstklasse,
        String toelichting,
        @OneOf({"blijvend_bewaren", "vernietigen"}) String archiefnominatie,
        @IsoDuration String archiefactietermijn,
        @Valid BrondatumArchiefprocedure brondatumArchiefprocedure,
        @Size(max = 200) String procesobjectaard,
        LocalDate beginGeldigheid,
        LocalDate eindeGeldigheid,
        LocalDate beginObject,
        LocalDate eindeObject,
        Boolean indicatieSpecifiek,
        @IsoDuration String procestermijn,
        List<@NotNull @NonBlank String> besluittypen,
        List<@NotNull @NonBlank String> informatieobjecttypen) {

    public record BrondatumArchiefprocedure(
            @NotNull @OneOf({"afgehandeld", "ander_datumkenmerk", "eigenschap", "gerelateerde_zaak", "hoofdzaak",
                    "ingangsdatum_besluit", "termijn", "vervaldatum_besluit", "zaakobject"}) String afleidingswijze,
            @Size(max = 80) String datumkenmerk,
            Boolean einddatumBekend,
            @OneOf({"adres", "besluit", "buurt", "enkelvoudig_document", "gemeente", "gemeentelijke_openbare_ruimte",
                    "huishouden", "inrichtingselement", "kadastrale_onroerende_zaak", "kunstwerkdeel",
                    "maatschappelijke_activiteit", "medewerker", "natuurlijk_persoon", "niet_natuurlijk_persoon",
                    "openbare_ruimte", "organisatorische_eenheid", "pand", "spoorbaandeel", "status", "terreindeel",
                    "terrein_gebouwd_object", "vestiging", "waterdeel", "wegdeel", "wijk", "woonplaats",
                    "woz_deelobject", "woz_object", "woz_waarde", "zakelijk_recht", "overige", ""}) String objecttype,
            @Size(max = 80) String registratie,
            @IsoDuration String procestermijn) {
    }
}
