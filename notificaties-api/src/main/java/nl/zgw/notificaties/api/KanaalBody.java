package nl.zgw.notificaties.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;

import java.util.List;

/** Request body of {@code POST /kanaal}. */
public record KanaalBody(
        @NotNull @NonBlank @Size(max = 50) String naam,
        @AbsoluteUrl @Size(max = 200) String documentatieLink,
        List<@NotNull @NonBlank @Size(max = 100) String> filters) {
}
