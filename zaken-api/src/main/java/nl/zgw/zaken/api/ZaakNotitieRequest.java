package nl.zgw.zaken.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;

/** Body of POST/PUT /zaaknotities (OAS ZaakNotitieRequest; PATCH is merged over the current state). */
public record ZaakNotitieRequest(
        @NotNull @NonBlank @Size(max = 255) String onderwerp,
        @NotNull @NonBlank String tekst,
        @Size(max = 255) String aangemaaktDoor,
        @OneOf({"intern", "extern"}) String notitieType,
        @OneOf({"concept", "definitief"}) String status,
        @NotNull @NonBlank @AbsoluteUrl String gerelateerdAan) {
}
