package nl.zgw.catalogi.domain.invoer;

import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;

import java.time.LocalDate;

/**
 * A /roltypen resource to store (the body of POST and PUT, or the state a PATCH leaves); the deprecated {@code
 * catalogus}, if sent, must be the zaaktype's.
 */
public record RoltypeInvoer(
        @NotNull @NonBlank @AbsoluteUrl String zaaktype,
        @NotNull @NonBlank @Size(max = 100) String omschrijving,
        @NotNull @OneOf({"adviseur", "behandelaar", "belanghebbende", "beslisser", "initiator", "klantcontacter",
                "zaakcoordinator", "mede_initiator"}) String omschrijvingGeneriek,
        @AbsoluteUrl String catalogus,
        LocalDate beginGeldigheid,
        LocalDate eindeGeldigheid,
        LocalDate beginObject,
        LocalDate eindeObject) {
}
