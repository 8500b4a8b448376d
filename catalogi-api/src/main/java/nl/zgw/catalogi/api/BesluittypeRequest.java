package nl.zgw.catalogi.api;

import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.IsoDuration;
import nl.zgw.common.validation.NonBlank;

import java.time.LocalDate;
import java.util.List;

/** Body of POST/PUT /besluittypen; {@code informatieobjecttypen} are IOT omschrijvingen (1.3 history model). */
public record BesluittypeRequest(
        @NotNull @NonBlank @AbsoluteUrl String catalogus,
        @Size(max = 80) String omschrijving,
        @Size(max = 80) String omschrijvingGeneriek,
        @Size(max = 40) String besluitcategorie,
        @IsoDuration String reactietermijn,
        @NotNull Boolean publicatieIndicatie,
        String publicatietekst,
        @IsoDuration String publicatietermijn,
        String toelichting,
        @NotNull List<@NotNull @NonBlank String> informatieobjecttypen,
        @NotNull LocalDate beginGeldigheid,
        LocalDate eindeGeldigheid,
        LocalDate beginObject,
        LocalDate eindeObject) implements VersionedTypeRequest {

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String naam() {
        return omschrijving == null ? "" : omschrijving;
    }
}
