package nl.zgw.catalogi.domain.invoer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;

import java.time.LocalDate;
import java.util.List;

/** A /eigenschappen resource to store (the body of POST and PUT, or the state a PATCH leaves). */
public record EigenschapInvoer(
        @NotNull @NonBlank @Size(max = 20) String naam,
        @NotNull @NonBlank @Size(max = 255) String definitie,
        @NotNull @Valid Specificatie specificatie,
        @Size(max = 1000) String toelichting,
        @NotNull @NonBlank @AbsoluteUrl String zaaktype,
        @AbsoluteUrl String statustype,
        LocalDate beginGeldigheid,
        LocalDate eindeGeldigheid,
        LocalDate beginObject,
        LocalDate eindeObject) {

    public record Specificatie(@Size(max = 32) String groep,
                               @NotNull @OneOf({"tekst", "getal", "datum", "datum_tijd"}) String formaat,
                               @NotNull @NonBlank @Size(max = 14) String lengte,
                               @NotNull @NonBlank @Size(max = 3) String kardinaliteit,
                               List<@NotNull @Size(max = 100) String> waardenverzameling) {
    }
}
