package nl.zgw.notificaties.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.Map;

/** The {@code Message} of {@code POST /notificaties}, parsed for validation; it is forwarded exactly as received. */
public record MessageBody(
        @NotBlank @Size(max = 50) String kanaal,
        @NotBlank String hoofdObject,
        @NotBlank @Size(max = 100) String resource,
        @NotBlank String resourceUrl,
        @NotBlank @Size(max = 100) String actie,
        @NotNull OffsetDateTime aanmaakdatum,
        Map<@NotBlank String, @NotNull @NotBlank @Size(max = 1000) String> kenmerken) {
}
