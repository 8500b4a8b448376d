package nl.zgw.catalogi.api;

import jakarta.validation.constraints.*;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;

import java.time.LocalDate;

/** Body of POST/PUT /roltypen; the deprecated {@code catalogus}, if sent, must be the zaaktype's. */
public record RoltypeRequest(
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
