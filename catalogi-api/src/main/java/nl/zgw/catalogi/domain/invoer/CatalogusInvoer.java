package nl.zgw.catalogi.domain.invoer;

import jakarta.validation.constraints.*;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.Rsin;

import java.time.LocalDate;

/** A /catalogussen resource to store (CatalogusUpdate; the body of POST and PUT, or the state a PATCH leaves). */
public record CatalogusInvoer(
        @NotNull @NonBlank @Size(max = 5) String domein,
        @NotNull @NonBlank @Size(max = 9) @Rsin String rsin,
        @NotNull @NonBlank @Size(max = 40) String contactpersoonBeheerNaam,
        @Size(max = 20) String contactpersoonBeheerTelefoonnummer,
        @Email @Size(max = 254) String contactpersoonBeheerEmailadres,
        @Size(max = 200) String naam,
        @Size(max = 20) String versie,
        LocalDate begindatumVersie) {
}
