package nl.zgw.catalogi.domain.invoer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.IsoDuration;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;
import nl.zgw.common.validation.Vertrouwelijkheid;

import java.time.LocalDate;
import java.util.List;

/**
 * A /zaaktypen resource to store (the body of POST and PUT, or the state a PATCH leaves) (ZaakTypeCreate/Update):
 * {@code besluittypen} are besluittype omschrijvingen, {@code deelzaaktypen} and {@code
 * gerelateerdeZaaktypen[].zaaktype} zaaktype identificaties.
 */
public record ZaaktypeInvoer(
        @NotNull @NonBlank @Size(max = 50) String identificatie,
        @NotNull @NonBlank @Size(max = 80) String omschrijving,
        @Size(max = 80) String omschrijvingGeneriek,
        @NotNull @Vertrouwelijkheid String vertrouwelijkheidaanduiding,
        @NotNull @NonBlank String doel,
        @NotNull @NonBlank String aanleiding,
        String toelichting,
        @NotNull @OneOf({"intern", "extern"}) String indicatieInternOfExtern,
        @NotNull @NonBlank @Size(max = 20) String handelingInitiator,
        @NotNull @NonBlank @Size(max = 80) String onderwerp,
        @NotNull @NonBlank @Size(max = 20) String handelingBehandelaar,
        @NotNull @IsoDuration String doorlooptijd,
        @IsoDuration String servicenorm,
        @NotNull Boolean opschortingEnAanhoudingMogelijk,
        @NotNull Boolean verlengingMogelijk,
        @IsoDuration String verlengingstermijn,
        List<@NotNull @Size(max = 30) String> trefwoorden,
        @NotNull Boolean publicatieIndicatie,
        String publicatietekst,
        List<@NotNull @Size(max = 40) String> verantwoordingsrelatie,
        @NotNull List<@NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String> productenOfDiensten,
        @AbsoluteUrl @Size(max = 200) String selectielijstProcestype,
        @NotNull @Valid ReferentieProces referentieproces,
        @NotNull @NonBlank @Size(max = 50) String verantwoordelijke,
        @Valid BronCatalogus broncatalogus,
        @Valid BronZaaktype bronzaaktype,
        @NotNull @NonBlank @AbsoluteUrl String catalogus,
        @NotNull List<@NotNull @NonBlank String> besluittypen,
        List<@NotNull @NonBlank String> deelzaaktypen,
        @NotNull List<@NotNull @Valid ZaaktypenRelatie> gerelateerdeZaaktypen,
        @NotNull LocalDate beginGeldigheid,
        LocalDate eindeGeldigheid,
        LocalDate beginObject,
        LocalDate eindeObject,
        @NotNull LocalDate versiedatum) implements VersionedTypeInvoer {

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String naam() {
        return identificatie;
    }

    public record ReferentieProces(@NotNull @NonBlank @Size(max = 80) String naam, @AbsoluteUrl @Size(max = 200) String link) {
    }

    public record BronCatalogus(@NotNull @NonBlank @AbsoluteUrl @Size(max = 200) String url, @NotNull @Size(max = 5) String domein,
                                @NotNull @Size(max = 9) String rsin) {
    }

    public record BronZaaktype(@NotNull @NonBlank @AbsoluteUrl @Size(max = 200) String url, @NotNull @Size(max = 50) String identificatie,
                               @NotNull @Size(max = 80) String omschrijving) {
    }

    public record ZaaktypenRelatie(@NotNull @NonBlank String zaaktype,
                                   @NotNull @OneOf({"vervolg", "bijdrage", "onderwerp"}) String aardRelatie,
                                   @Size(max = 255) String toelichting) {
    }
}
