package nl.zgw.autorisaties.domain;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

import java.util.Collection;
import java.util.List;

/** ac-001: a client id identifies one and only one Applicatie; it may not be used by another. */
public final class UniekeClientIds {

    public static final String CODE = "clientId-exists";

    private UniekeClientIds() {
    }

    public static InvalidParam fout(Collection<String> clientIds) {
        return new InvalidParam("clientIds", CODE,
                "De clientId(s) " + String.join(", ", clientIds) + " zijn al in gebruik bij een andere applicatie.");
    }

    public static ZgwException violation(Collection<String> clientIds) {
        return ZgwException.invalid(List.of(fout(clientIds)));
    }
}
