package nl.zgw.zaken.domain.rules;

import com.fasterxml.jackson.databind.JsonNode;
import nl.zgw.common.problem.InvalidParam;

import java.util.Optional;

/** A rol names its betrokkene by URL or by betrokkeneIdentificatie, at least one (Open Zaak: invalid-betrokkene). */
public final class RolBetrokkeneVereist {

    public static final String CODE = "invalid-betrokkene";

    private RolBetrokkeneVereist() {
    }

    public static Optional<InvalidParam> check(String betrokkene, JsonNode betrokkeneIdentificatie) {
        boolean url = betrokkene != null && !betrokkene.isBlank();
        boolean identificatie = betrokkeneIdentificatie != null && betrokkeneIdentificatie.isObject()
                && !betrokkeneIdentificatie.isEmpty();
        if (url || identificatie) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(CODE, "betrokkene or betrokkeneIdentificatie must be provided"));
    }
}
