package nl.zgw.besluiten.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.NullNotAllowed;
import nl.zgw.common.validation.OneOf;
import nl.zgw.common.validation.Rsin;

import java.time.LocalDate;

/**
 * Body of POST/PUT /besluiten (schema Besluit); PATCH is merged over the current state into this shape. The optional
 * fields the file does not make nullable refuse an explicit {@code null} ({@code null}), as the reference does. A date
 * is only {@code yyyy-mm-dd} text, as DRF's {@code DateField} (the shared binding refuses a number).
 */
public record BesluitRequest(
        @NullNotAllowed @Size(max = 50) String identificatie,
        @NotNull @NonBlank @Rsin String verantwoordelijkeOrganisatie,
        @NotNull @NonBlank @Size(max = 200) @AbsoluteUrl String besluittype,
        @NullNotAllowed @Size(max = 200) @AbsoluteUrl String zaak,
        @NotNull LocalDate datum,
        @NullNotAllowed String toelichting,
        @NullNotAllowed @Size(max = 50) String bestuursorgaan,
        @NotNull LocalDate ingangsdatum,
        LocalDate vervaldatum,
        @NullNotAllowed
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
