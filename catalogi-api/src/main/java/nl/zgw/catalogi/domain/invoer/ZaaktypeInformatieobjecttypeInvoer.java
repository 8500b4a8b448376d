package nl.zgw.catalogi.domain.invoer;

import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;

/**
 * A /zaaktype-informatieobjecttypen resource to store (the body of POST and PUT, or the state a PATCH leaves);
 * {@code informatieobjecttype} is the IOT omschrijving.
 */
public record ZaaktypeInformatieobjecttypeInvoer(
        @NotNull @NonBlank @AbsoluteUrl String zaaktype,
        @NotNull @NonBlank @Size(max = 1000) String informatieobjecttype,
        @NotNull @Min(1) @Max(999) Integer volgnummer,
        @NotNull @OneOf({"inkomend", "intern", "uitgaand"}) String richting,
        @AbsoluteUrl String statustype) {
}
