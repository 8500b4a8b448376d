package nl.zgw.autorisaties.domain;

import nl.zgw.common.problem.ZgwException;

import java.util.Collection;

/** ac-001: a client id identifies one and only one Applicatie; it may not be used by another. */
public final class UniekeClientIds {

    public static final String CODE = "clientId-exists";

    private UniekeClientIds() {
    }

    public static ZgwException violation(Collection<String> clientIds) {
        return ZgwException.invalid("clientIds", CODE,
                "De clientId(s) " + String.join(", ", clientIds) + " zijn al in gebruik bij een andere applicatie.");
    }
}
