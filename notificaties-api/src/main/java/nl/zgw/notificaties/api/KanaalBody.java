package nl.zgw.notificaties.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request body of {@code POST /kanaal}. */
public record KanaalBody(
        @NotBlank @Size(max = 50) String naam,
        @Size(max = 200) String documentatieLink,
        List<@NotNull @NotBlank @Size(max = 100) String> filters) {
}
