package nl.zgw.documenten.api;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;

public record GebruiksrechtRequest(
        @NotNull @NonBlank @AbsoluteUrl String informatieobject,
        @NotNull OffsetDateTime startdatum,
        OffsetDateTime einddatum,
        @NotNull @NonBlank String omschrijvingVoorwaarden) {
}
