package nl.zgw.catalogi.domain.invoer;

import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.IsoDuration;
import nl.zgw.common.validation.NonBlank;

import java.time.LocalDate;
import java.util.List;

/**
 * A /besluittypen resource to store (the body of POST and PUT, or the state a PATCH leaves);
 * {@code informatieobjecttypen} are IOT omschrijvingen (1.3 history model).
 */
public record BesluittypeInvoer(
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
        LocalDate eindeObject) implements VersionedTypeInvoer {

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String naam() {
        return omschrijving == null ? "" : omschrijving;
    }
}
