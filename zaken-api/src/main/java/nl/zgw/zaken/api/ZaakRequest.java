package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.IsoDuration;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;
import nl.zgw.common.validation.Rsin;
import nl.zgw.common.validation.Vertrouwelijkheid;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Body of POST/PUT /zaken (OAS {@code Zaak}, its writable fields); PATCH is merged over the current state into this
 * shape and validated the same way. Read-only fields that a client sends are ignored, as DRF does.
 */
public record ZaakRequest(
        @Size(max = 40) String identificatie,
        @NotNull @NonBlank @Rsin String bronorganisatie,
        @Size(max = 80) String omschrijving,
        @Size(max = 1000) String toelichting,
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String zaaktype,
        LocalDate registratiedatum,
        @NotNull @NonBlank @Rsin String verantwoordelijkeOrganisatie,
        @NotNull LocalDate startdatum,
        LocalDate einddatumGepland,
        LocalDate uiterlijkeEinddatumAfdoening,
        LocalDate publicatiedatum,
        @AbsoluteUrl @Size(max = 1000) String communicatiekanaal,
        List<@NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String> productenOfDiensten,
        @Vertrouwelijkheid String vertrouwelijkheidaanduiding,
        @OneOf(value = {"nvt", "nog_niet", "gedeeltelijk", "geheel"}, allowBlank = true) String betalingsindicatie,
        OffsetDateTime laatsteBetaaldatum,
        JsonNode zaakgeometrie,
        @Valid Verlenging verlenging,
        @Valid Opschorting opschorting,
        @AbsoluteUrl @Size(max = 1000) String selectielijstklasse,
        @AbsoluteUrl @Size(max = 1000) String hoofdzaak,
        List<@NotNull @Valid RelevanteZaak> relevanteAndereZaken,
        List<@NotNull @Valid Kenmerk> kenmerken,
        @OneOf(value = {"blijvend_bewaren", "vernietigen"}, allowBlank = true) String archiefnominatie,
        @OneOf({"nog_te_archiveren", "gearchiveerd", "gearchiveerd_procestermijn_onbekend", "overgedragen"})
        String archiefstatus,
        LocalDate archiefactiedatum,
        @Size(max = 9) String opdrachtgevendeOrganisatie,
        @Size(max = 200) String processobjectaard,
        LocalDate startdatumBewaartermijn,
        @Valid Processobject processobject) {

    public record Verlenging(@NotNull @NonBlank @Size(max = 200) String reden, @NotNull @IsoDuration String duur) {
    }

    public record Opschorting(@NotNull Boolean indicatie, @NotNull @Size(max = 200) String reden) {
    }

    public record RelevanteZaak(@NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String url,
                                @NotNull @OneOf({"vervolg", "onderwerp", "bijdrage"}) String aardRelatie) {
    }

    public record Kenmerk(@NotNull @NonBlank @Size(max = 40) String kenmerk,
                          @NotNull @NonBlank @Size(max = 40) String bron) {
    }

    public record Processobject(@NotNull @NonBlank @Size(max = 250) String datumkenmerk,
                                @NotNull @NonBlank @Size(max = 250) String identificatie,
                                @NotNull @NonBlank @Size(max = 250) String objecttype,
                                @NotNull @NonBlank @Size(max = 250) String registratie) {
    }
}
