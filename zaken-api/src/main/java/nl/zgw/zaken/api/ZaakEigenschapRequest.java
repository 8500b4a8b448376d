package nl.zgw.zaken.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;

/** Body of POST/PUT /zaken/{zaak_uuid}/zaakeigenschappen (OAS {@code ZaakEigenschap}); PATCH is merged into it. */
public record ZaakEigenschapRequest(
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String zaak,
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String eigenschap,
        @NotNull @NonBlank String waarde) {
}
