package nl.zgw.catalogi.api;

import jakarta.validation.constraints.*;
import nl.zgw.catalogi.api.validation.NonBlank;
import nl.zgw.catalogi.api.validation.OneOf;
import org.hibernate.validator.constraints.URL;

import java.time.LocalDate;

/** Body of POST/PUT /roltypen; the deprecated {@code catalogus}, if sent, must be the zaaktype's. */
public record RoltypeRequest(
        @NotNull @URL String zaaktype,
        @NotNull @NonBlank @Size(max = 100) String omschrijving,
        @NotNull @OneOf({"adviseur", "behandelaar", "belanghebbende", "beslisser", "initiator", "klantcontacter",
                "zaakcoordinator", "mede_initiator"}) String omschrijvingGeneriek,
        @URL String catalogus,
        LocalDate beginGeldigheid,
        LocalDate eindeGeldigheid,
        LocalDate beginObject,
        LocalDate eindeObject) {
}
