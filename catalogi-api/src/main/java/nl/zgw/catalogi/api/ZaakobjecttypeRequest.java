package nl.zgw.catalogi.api;

import jakarta.validation.constraints.*;
import nl.zgw.catalogi.api.validation.NonBlank;
import org.hibernate.validator.constraints.URL;

import java.time.LocalDate;

/** Body of POST/PUT /zaakobjecttypen. */
public record ZaakobjecttypeRequest(
        @NotNull Boolean anderObjecttype,
        LocalDate beginGeldigheid,
        LocalDate eindeGeldigheid,
        LocalDate beginObject,
        LocalDate eindeObject,
        @NotNull @URL @Size(max = 200) String objecttype,
        @NotNull @NonBlank @Size(max = 80) String relatieOmschrijving,
        @NotNull @URL String zaaktype,
        @NotNull @URL String catalogus) {
}
