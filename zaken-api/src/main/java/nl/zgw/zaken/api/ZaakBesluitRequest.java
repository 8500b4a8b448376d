package nl.zgw.zaken.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;

/** Body of POST /zaken/{zaak_uuid}/besluiten (OAS {@code ZaakBesluit}: only the besluit). */
public record ZaakBesluitRequest(@NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String besluit) {
}
