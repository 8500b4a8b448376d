package nl.zgw.zaken.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;

import java.time.OffsetDateTime;

/** Body of POST /statussen (OAS {@code Status}, its writable fields). */
public record StatusRequest(
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String zaak,
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String statustype,
        @NotNull OffsetDateTime datumStatusGezet,
        @Size(max = 1000) String statustoelichting,
        @AbsoluteUrl @Size(max = 200) String gezetdoor) {
}
