package nl.zgw.catalogi.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.IsoDuration;
import nl.zgw.common.validation.NonBlank;

import java.time.LocalDate;
import java.util.List;

/** Body of POST/PUT /statustypen. */
public record StatustypeRequest(
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
