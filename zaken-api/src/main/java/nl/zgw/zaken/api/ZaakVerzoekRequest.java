package nl.zgw.zaken.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;

/** Body of POST /zaakverzoeken (OAS {@code ZaakVerzoek}, its writable fields). */
public record ZaakVerzoekRequest(
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String zaak,
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String verzoek) implements ZaakExterneRelatieRequest {

    @Override
    public String doel() {
        return verzoek;
    }
}
