package nl.zgw.documenten.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;

/** The OAS {@code VerzendingRequest}: one Verzending goes to (or comes from) exactly one address. */
public record VerzendingRequest(
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 200) String betrokkene,
        @NotNull @NonBlank @AbsoluteUrl String informatieobject,
        @NotNull @NonBlank @OneOf({"afzender", "geadresseerde"}) String aardRelatie,
        @Size(max = 200) String toelichting,
        LocalDate ontvangstdatum,
        LocalDate verzenddatum,
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String contactPersoon,
        @Size(max = 40) String contactpersoonnaam,
        @Valid BinnenlandsAdres binnenlandsCorrespondentieadres,
        @Valid BuitenlandsAdres buitenlandsCorrespondentieadres,
        @Valid Postadres correspondentiePostadres,
        @Size(max = 15) String faxnummer,
        @Size(max = 100) String emailadres,
        Boolean mijnOverheid,
        @Size(max = 15) String telefoonnummer) {

    public record BinnenlandsAdres(
            @Size(max = 1) String huisletter,
            @NotNull Integer huisnummer,
            @Size(max = 4) String huisnummerToevoeging,
            @NotNull @NonBlank @Size(max = 80) String naamOpenbareRuimte,
            @Size(max = 6) String postcode,
            @NotNull @NonBlank @Size(max = 80) String woonplaatsnaam) {
    }

    public record BuitenlandsAdres(
            @NotNull @NonBlank @Size(max = 35) String adresBuitenland1,
            @Size(max = 35) String adresBuitenland2,
            @Size(max = 35) String adresBuitenland3,
            @NotNull @NonBlank @AbsoluteUrl @Size(max = 200) String landPostadres) {
    }

    public record Postadres(
            @NotNull Integer postBusOfAntwoordnummer,
            @NotNull @NonBlank @Size(max = 6) String postadresPostcode,
            @NotNull @NonBlank @OneOf({"antwoordnummer", "postbusnummer"}) String postadresType,
            @NotNull @NonBlank @Size(max = 80) String woonplaatsnaam) {
    }

    /** How many of the address kinds are given (a Verzending holds at most one). */
    public int adressen() {
        int n = 0;
        n += binnenlandsCorrespondentieadres != null ? 1 : 0;
        n += buitenlandsCorrespondentieadres != null ? 1 : 0;
        n += correspondentiePostadres != null ? 1 : 0;
        n += faxnummer != null && !faxnummer.isEmpty() ? 1 : 0;
        n += emailadres != null && !emailadres.isEmpty() ? 1 : 0;
        n += Boolean.TRUE.equals(mijnOverheid) ? 1 : 0;
        n += telefoonnummer != null && !telefoonnummer.isEmpty() ? 1 : 0;
        return n;
    }
}
