package nl.zgw.common.refs;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

/**
 * A reference that cannot be used: {@code bad-url} (not allowed, unreachable, not 200) or {@code invalid-resource}
 * (200 but not the expected shape). Turn it into the 400 of the field it came from with {@link #forField}.
 */
public class ReferenceException extends RuntimeException {

    public static final String BAD_URL = "bad-url";
    public static final String INVALID_RESOURCE = "invalid-resource";

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
