package nl.zgw.catalogi.domain.invoer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.IsoDuration;
import nl.zgw.common.validation.NonBlank;

import java.time.LocalDate;
import java.util.List;

/** A /statustypen resource to store (the body of POST and PUT, or the state a PATCH leaves). */
public record StatustypeInvoer(
        @NotNull @NonBlank @Size(max = 80) String omschrijving,
        @Size(max = 80) String omschrijvingGeneriek,
        @Size(max = 1000) String statustekst,
        @NotNull @NonBlank @AbsoluteUrl String zaaktype,
        @NotNull @Min(1) @Max(9999) Integer volgnummer,
        Boolean informeren,
        @IsoDuration String doorlooptijd,
        @Size(max = 1000) String toelichting,
        List<@NotNull @Valid CheckListItem> checklistitemStatustype,
        List<@NotNull @NonBlank @AbsoluteUrl String> eigenschappen,
        LocalDate beginGeldigheid,
        LocalDate eindeGeldigheid,
        LocalDate beginObject,
        LocalDate eindeObject) {

    public record CheckListItem(@NotNull @NonBlank @Size(max = 30) String itemnaam,
                                @Size(max = 1000) String toelichting,
                                @NotNull @NonBlank @Size(max = 255) String vraagstelling,
                                Boolean verplicht) {
    }
}
