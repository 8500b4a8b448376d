package nl.zgw.zaken.domain.rules;

import com.fasterxml.jackson.databind.JsonNode;
import nl.zgw.common.problem.InvalidParam;

import java.util.Optional;

/** A zaakobject names its object by URL or by objectIdentificatie (Open Zaak: invalid-zaakobject, on create). */
public final class ZaakobjectBronVereist {

    public static final String CODE = "invalid-zaakobject";

    private ZaakobjectBronVereist() {
    }

    public static Optional<InvalidParam> check(String object, JsonNode objectIdentificatie) {
        boolean url = object != null && !object.isBlank();
        boolean identificatie = objectIdentificatie != null && objectIdentificatie.isObject()
                && !objectIdentificatie.isEmpty();
        if (url || identificatie) {
            return Optional.empty();
        }
        return Optional.of(InvalidParam.nonField(CODE, "object or objectIdentificatie must be provided"));
    }
}
