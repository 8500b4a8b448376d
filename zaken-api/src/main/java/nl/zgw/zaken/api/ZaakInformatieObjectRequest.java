package nl.zgw.zaken.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.zaken.service.ZaakInformatieObjectOpdracht;

import java.time.OffsetDateTime;

/**
 * Body of POST/PUT /zaakinformatieobjecten (OAS {@code ZaakInformatieObject}, its writable fields); PATCH is merged
 * over the current state into this shape. {@code aardRelatieWeergave} and {@code registratiedatum} are read-only and
 * ignored when sent (zrc-004: the system sets them).
 */
public record ZaakInformatieObjectRequest(
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String informatieobject,
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String zaak,
        @Size(max = 200) String titel,
        String beschrijving,
        OffsetDateTime vernietigingsdatum,
        @AbsoluteUrl @Size(min = 1, max = 1000) String status) {

    public ZaakInformatieObjectOpdracht opdracht() {
        return new ZaakInformatieObjectOpdracht(informatieobject, zaak, titel == null ? "" : titel,
                beschrijving == null ? "" : beschrijving, vernietigingsdatum, status);
    }
}
