package nl.zgw.besluiten.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;
import nl.zgw.common.validation.Rsin;

import java.time.LocalDate;

/** Body of POST/PUT /besluiten (schema Besluit); PATCH is merged over the current state into this shape. */
public record BesluitRequest(
        @Size(max = 50) String identificatie,
        @NotNull @NonBlank @Rsin String verantwoordelijkeOrganisatie,
        @NotNull @NonBlank @Size(max = 200) @AbsoluteUrl String besluittype,
        @Size(max = 200) @AbsoluteUrl String zaak,
        @NotNull LocalDate datum,
        String toelichting,
        @Size(max = 50) String bestuursorgaan,
        @NotNull LocalDate ingangsdatum,
        LocalDate vervaldatum,
        @OneOf(value = {"tijdelijk", "ingetrokken_overheid", "ingetrokken_belanghebbende"}, allowBlank = true)
        String vervalreden,
        LocalDate publicatiedatum,
        LocalDate verzenddatum,
        LocalDate uiterlijkeReactiedatum) {

    /** The zaak, {@code null} when absent or blank. */
    public String zaakOfNull() {
        return zaak == null || zaak.isBlank() ? null : zaak;
    }
}
