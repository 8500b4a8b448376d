package nl.zgw.besluiten.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
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
 * is read strictly ({@code lenient = FALSE}): only {@code yyyy-mm-dd} text, as DRF's {@code DateField} (else
 * {@code invalid}); Jackson's lenient default would take a number as a day count since 1970 and {@code ""} as no date.
 */
public record BesluitRequest(
        @NullNotAllowed @Size(max = 50) String identificatie,
        @NotNull @NonBlank @Rsin String verantwoordelijkeOrganisatie,
        @NotNull @NonBlank @Size(max = 200) @AbsoluteUrl String besluittype,
        @NullNotAllowed @Size(max = 200) @AbsoluteUrl String zaak,
        @JsonFormat(lenient = OptBoolean.FALSE) @NotNull LocalDate datum,
        @NullNotAllowed String toelichting,
        @NullNotAllowed @Size(max = 50) String bestuursorgaan,
        @JsonFormat(lenient = OptBoolean.FALSE) @NotNull LocalDate ingangsdatum,
        @JsonFormat(lenient = OptBoolean.FALSE) LocalDate vervaldatum,
        @NullNotAllowed
        @OneOf(value = {"tijdelijk", "ingetrokken_overheid", "ingetrokken_belanghebbende"}, allowBlank = true)
        String vervalreden,
        @JsonFormat(lenient = OptBoolean.FALSE) LocalDate publicatiedatum,
        @JsonFormat(lenient = OptBoolean.FALSE) LocalDate verzenddatum,
        @JsonFormat(lenient = OptBoolean.FALSE) LocalDate uiterlijkeReactiedatum) {

    /** The zaak, {@code null} when absent or blank. */
    public String zaakOfNull() {
        return zaak == null || zaak.isBlank() ? null : zaak;
    }
}
