package nl.zgw.documenten.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;

public record ObjectInformatieObjectRequest(
        @NotNull @NonBlank @AbsoluteUrl String informatieobject,
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String object,
        @NotNull @NonBlank @OneOf({"besluit", "zaak", "verzoek"}) String objectType) {
}
