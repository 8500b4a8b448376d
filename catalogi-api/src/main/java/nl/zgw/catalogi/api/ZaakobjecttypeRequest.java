package nl.zgw.catalogi.api;

import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;

import java.time.LocalDate;

/** Body of POST/PUT /zaakobjecttypen. */
public record ZaakobjecttypeRequest(
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
