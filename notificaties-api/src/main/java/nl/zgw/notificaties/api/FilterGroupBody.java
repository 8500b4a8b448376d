package nl.zgw.notificaties.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** One entry of {@code Abonnement.kanalen} (FilterGroup). */
public record FilterGroupBody(
        Map<@NotBlank @Size(max = 100) String, @NotNull @NotBlank @Size(max = 1000) String> filters,
        @NotBlank String naam) {
}
