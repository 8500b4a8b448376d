package nl.zgw.common.problem;

/**
 * One entry of {@code invalidParams}: {@code name} is the camelCase field path with dots for nesting and
 * array indexes ({@code relevanteAndereZaken.0}); object-level errors use {@link #NON_FIELD_ERRORS}.
 */
public record InvalidParam(String name, String code, String reason) {

    public static final String NON_FIELD_ERRORS = "nonFieldErrors";

    public static InvalidParam nonField(String code, String reason) {
        return new InvalidParam(NON_FIELD_ERRORS, code, reason);
    }
}
