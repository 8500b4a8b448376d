package nl.zgw.zaken.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;

/** Body of POST/PUT /resultaten (OAS {@code Resultaat}); PATCH is merged into this shape. */
public record ResultaatRequest(
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String zaak,
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String resultaattype,
        @Size(max = 1000) String toelichting) {
}
