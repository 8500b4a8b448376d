package nl.zgw.zaken.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;

import java.time.OffsetDateTime;

/** Body of POST /klantcontacten (OAS KlantContact; deprecated, still served). */
public record KlantContactRequest(
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String zaak,
        @Size(max = 14) String identificatie,
        @NotNull OffsetDateTime datumtijd,
        @Size(max = 20) String kanaal,
        @Size(max = 200) String onderwerp,
        @Size(max = 1000) String toelichting) {
}
