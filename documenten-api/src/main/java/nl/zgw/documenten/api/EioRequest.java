package nl.zgw.documenten.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;
import nl.zgw.common.validation.Rsin;
import nl.zgw.common.validation.Vertrouwelijkheid;

/**
 * The metadata of an enkelvoudiginformatieobject in a create, PUT or PATCH (the OAS
 * {@code EnkelvoudigInformatieObjectCreateLockRequest} / {@code ...WithLockRequest}). {@code inhoud} is not here: it
 * is decoded as a stream by {@link EioBodyParser} straight into the content store. {@code lock} is required on
 * updates only (checked by the service).
 */
public record EioRequest(
        @Size(max = 40) String identificatie,
        @NotNull @NonBlank @Rsin String bronorganisatie,
        @NotNull LocalDate creatiedatum,
        @NotNull @NonBlank @Size(max = 200) String titel,
        @Vertrouwelijkheid String vertrouwelijkheidaanduiding,
        Boolean isGereedVoorPublicatie,
        Boolean tonenAanInitiator,
        @NotNull @NonBlank @Size(max = 200) String auteur,
        @OneOf({"", "in_bewerking", "ter_vaststelling", "definitief", "gearchiveerd"}) String status,
        Boolean inhoudIsVervallen,
        @Size(max = 255) String formaat,
        @NotNull @NonBlank @Size(min = 3, max = 3) String taal,
        @Size(max = 255) String bestandsnaam,
        Long bestandsomvang,
        @AbsoluteUrl @Size(max = 200) String link,
        @Size(max = 1000) String beschrijving,
        LocalDate ontvangstdatum,
        LocalDate verzenddatum,
        Boolean indicatieGebruiksrecht,
        @OneOf({"", "analoog", "digitaal", "pki"}) @Size(max = 255) String verschijningsvorm,
        @Valid Ondertekening ondertekening,
        @Valid Integriteit integriteit,
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 200) String informatieobjecttype,
        List<@NotNull @Size(max = 100) String> trefwoorden,
        @Size(max = 100) String lock) {

    public record Ondertekening(@OneOf({"", "analoog", "digitaal", "pki"}) String soort, LocalDate datum) {
    }

    public record Integriteit(
            @OneOf({"", "crc_16", "crc_32", "crc_64", "fletcher_4", "fletcher_8", "fletcher_16", "fletcher_32",
                    "hmac", "md5", "sha_1", "sha_256", "sha_512", "sha_3"}) String algoritme,
            @Size(max = 128) String waarde,
            LocalDate datum) {
    }
}
