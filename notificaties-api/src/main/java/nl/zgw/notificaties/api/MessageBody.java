package nl.zgw.notificaties.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.NonBlank;

import java.time.OffsetDateTime;
import java.util.Map;

/** The {@code Message} of {@code POST /notificaties}, parsed for validation; it is forwarded exactly as received. */
public record MessageBody(
        @NotNull @NonBlank @Size(max = 50) String kanaal,
        @NotNull @NonBlank String hoofdObject,
        @NotNull @NonBlank @Size(max = 100) String resource,
        @NotNull @NonBlank String resourceUrl,
        @NotNull @NonBlank @Size(max = 100) String actie,
        @NotNull OffsetDateTime aanmaakdatum,
        Map<@NonBlank String, @NotNull @NonBlank @Size(max = 1000) String> kenmerken) {
}
