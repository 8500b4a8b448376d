package nl.zgw.notificaties.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.NonBlank;

import java.util.Map;

/** One entry of {@code Abonnement.kanalen} (FilterGroup). */
public record FilterGroupBody(
        Map<@NonBlank @Size(max = 100) String, @NotNull @NonBlank @Size(max = 1000) String> filters,
        @NotNull @NonBlank String naam) {
}
