package nl.zgw.zaken.domain.rules;

import com.fasterxml.jackson.databind.JsonNode;
import nl.zgw.common.problem.InvalidParam;

import java.util.Optional;

/**
 * objectType {@code overige} needs objectTypeOverige or objectTypeOverigeDefinitie
 * ({@code missing-object-type-overige}); another objectType may not have objectTypeOverige
 * ({@code invalid-object-type-overige-usage}); a definitie needs an {@code object} URL (required on
 * {@code object}), as Open Zaak checks them.
 */
public final class ObjectTypeOverigeGebruik {

    public static final String ONTBREEKT = "missing-object-type-overige";
    public static final String ONJUIST = "invalid-object-type-overige-usage";
    public static final String OVERIGE = "overige";

    private ObjectTypeOverigeGebruik() {
    }

    public static Optional<InvalidParam> check(String objectType, String objectTypeOverige, JsonNode definitie,
                                               String object) {
        boolean heeftOverige = objectTypeOverige != null && !objectTypeOverige.isEmpty();
        boolean heeftDefinitie = definitie != null && definitie.isObject();
        if (OVERIGE.equals(objectType) && !heeftOverige && !heeftDefinitie) {
            return Optional.of(InvalidParam.nonField(ONTBREEKT, "Als `objectType` de waarde \"overige\" heeft, moet "
                    + "`objectTypeOverige` of `objectTypeOverigeDefinitie` van een waarde voorzien zijn."));
        }
        if (!OVERIGE.equals(objectType) && heeftOverige) {
            return Optional.of(InvalidParam.nonField(ONJUIST, "Als `objectType` niet de waarde \"overige\" heeft, mag "
                    + "`objectTypeOverige` niet van een waarde voorzien zijn."));
        }
        if (heeftDefinitie && (object == null || object.isBlank())) {
            return Optional.of(new InvalidParam("object", "required", "Indien je `objectTypeOverigeDefinitie` "
                    + "gebruikt, dan moet je een OBJECT url opgeven."));
        }
        return Optional.empty();
    }
}
