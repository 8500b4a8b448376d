package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.NonBlank;
import nl.zgw.common.validation.OneOf;

/**
 * Body of POST /rollen and the extension PUT /rollen/{uuid} (OAS Rol). {@code betrokkeneIdentificatie} and
 * {@code contactpersoonRol} are read by the file's own schemas ({@code Gegevensgroepen}), the first one by the
 * schema its betrokkeneType selects.
 */
public record RolRequest(
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String zaak,
        @AbsoluteUrl @Size(max = 1000) String betrokkene,
        @NotNull @OneOf({"natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging", "organisatorische_eenheid",
                "medewerker"}) String betrokkeneType,
        @Size(max = 625) String afwijkendeNaamBetrokkene,
        @NotNull @NonBlank @AbsoluteUrl @Size(max = 1000) String roltype,
        @NotNull @NonBlank @Size(max = 1000) String roltoelichting,
        @OneOf(value = {"gemachtigde", "machtiginggever"}, allowBlank = true) String indicatieMachtiging,
        JsonNode contactpersoonRol,
        JsonNode betrokkeneIdentificatie) {
}
