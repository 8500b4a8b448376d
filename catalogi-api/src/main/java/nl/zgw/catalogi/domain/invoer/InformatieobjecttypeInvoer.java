package nl.zgw.catalogi.domain.invoer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;
import nl.zgw.common.validation.Vertrouwelijkheid;

import java.time.LocalDate;
import java.util.List;

/** A /informatieobjecttypen resource to store (the body of POST and PUT, or the state a PATCH leaves). */
public record InformatieobjecttypeInvoer(
        @NotNull @NonBlank @AbsoluteUrl String catalogus,
        @NotNull @NonBlank @Size(max = 80) String omschrijving,
        @NotNull @Vertrouwelijkheid String vertrouwelijkheidaanduiding,
        @NotNull LocalDate beginGeldigheid,
        LocalDate eindeGeldigheid,
        LocalDate beginObject,
        LocalDate eindeObject,
        @NotNull @NonBlank @Size(max = 80) String informatieobjectcategorie,
        List<@NotNull @Size(max = 30) String> trefwoord,
        @Valid OmschrijvingGeneriek omschrijvingGeneriek) implements VersionedTypeInvoer {

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String naam() {
        return omschrijving;
    }

    public record OmschrijvingGeneriek(
            @NotNull @Size(max = 80) String informatieobjecttypeOmschrijvingGeneriek,
            @NotNull @Size(max = 255) String definitieInformatieobjecttypeOmschrijvingGeneriek,
            @NotNull @Size(max = 12) String herkomstInformatieobjecttypeOmschrijvingGeneriek,
            @NotNull @Size(max = 80) String hierarchieInformatieobjecttypeOmschrijvingGeneriek,
            @Size(max = 255) String opmerkingInformatieobjecttypeOmschrijvingGeneriek) {
    }
}
