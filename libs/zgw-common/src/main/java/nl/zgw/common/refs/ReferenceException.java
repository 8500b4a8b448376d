package nl.zgw.common.refs;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

/**
 * A reference that cannot be used, with the code the reference implementations (vng-api-common's URL validators, Open
 * Zaak) give it: {@code bad-url} (not allowed, unreachable, not 200), {@code invalid-resource} (200 but not the
 * expected resource), {@code not-published}, {@code relations-incorrect-catalogus}, {@code zaaktype-mismatch}. Turn it
 * into the 400 of the field it came from with {@link #forField}.
 */
public class ReferenceException extends RuntimeException {

    public static final String BAD_URL = "bad-url";
    public static final String INVALID_RESOURCE = "invalid-resource";
    public static final String NOT_PUBLISHED = "not-published";
    public static final String OTHER_CATALOGUS = "relations-incorrect-catalogus";
    public static final String ZAAKTYPE_MISMATCH = "zaaktype-mismatch";

    private final String code;

    public ReferenceException(String code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public InvalidParam asInvalidParam(String field) {
        return new InvalidParam(field, code, getMessage());
    }

    public ZgwException forField(String field) {
        return ZgwException.invalid(java.util.List.of(asInvalidParam(field)));
    }
}
