package nl.zgw.catalogi.api;

import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;

/** Body of POST/PUT /zaaktype-informatieobjecttypen; {@code informatieobjecttype} is the IOT omschrijving. */
public record ZaaktypeInformatieobjecttypeRequest(
        @NotNull @NonBlank @AbsoluteUrl String zaaktype,
        @NotNull @NonBlank @Size(max = 1000) String informatieobjecttype,
        @NotNull @Min(1) @Max(999) Integer volgnummer,
        @NotNull @OneOf({"inkomend", "intern", "uitgaand"}) String richting,
        @AbsoluteUrl String statustype) {
}
