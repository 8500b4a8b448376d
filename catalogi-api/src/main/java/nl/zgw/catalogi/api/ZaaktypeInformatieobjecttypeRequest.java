package nl.zgw.catalogi.api;

import jakarta.validation.constraints.*;
import nl.zgw.catalogi.api.validation.NonBlank;
import nl.zgw.catalogi.api.validation.OneOf;
import org.hibernate.validator.constraints.URL;

/** Body of POST/PUT /zaaktype-informatieobjecttypen; {@code informatieobjecttype} is the IOT omschrijving. */
public record ZaaktypeInformatieobjecttypeRequest(
        @NotNull @URL String zaaktype,
        @NotNull @NonBlank @Size(max = 1000) String informatieobjecttype,
        @NotNull @Min(1) @Max(999) Integer volgnummer,
        @NotNull @OneOf({"inkomend", "intern", "uitgaand"}) String richting,
        @URL String statustype) {
}
