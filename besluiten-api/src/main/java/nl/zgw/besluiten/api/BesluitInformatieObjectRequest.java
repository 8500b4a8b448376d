package nl.zgw.besluiten.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;

/** Body of POST /besluitinformatieobjecten (schema BesluitInformatieObject). */
public record BesluitInformatieObjectRequest(
        @NotNull @NonBlank @Size(max = 1000) @AbsoluteUrl String informatieobject,
        @NotNull @NonBlank @AbsoluteUrl String besluit) {
}
