package nl.zgw.catalogi.domain.invoer;

import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;

import java.time.LocalDate;

/** A /zaakobjecttypen resource to store (the body of POST and PUT, or the state a PATCH leaves). */
public record ZaakobjecttypeInvoer(
        @NotNull Boolean anderObjecttype,
        LocalDate beginGeldigheid,
        LocalDate eindeGeldigheid,
        LocalDate beginObject,
        LocalDate eindeObject,
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 200) String objecttype,
        @NotNull @NonBlank @Size(max = 80) String relatieOmschrijving,
        @NotNull @NonBlank @AbsoluteUrl String zaaktype,
        @NotNull @NonBlank @AbsoluteUrl String catalogus) {
}
