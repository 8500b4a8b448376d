package nl.zgw.common.problem;

import java.util.List;

/**
 * The one exception a use case throws to answer with a standard error: status, code, title, detail and, for 400,
 * the {@code invalidParams}. Mapped to {@link Fout} by {@link ProblemMappers}.
 */
public class ZgwException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final transient List<InvalidParam> invalidParams;

    public ZgwException(int status, String code, String title, String detail, List<InvalidParam> invalidParams) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.invalidParams = invalidParams == null ? null : List.copyOf(invalidParams);
    }

    /** 400 with one or more field errors. */
    public static ZgwException invalid(List<InvalidParam> params) {
        return new ZgwException(400, "invalid", "Een of meerdere parameters zijn niet geldig.",
                "De invoer is niet geldig.", params);
    }

    public static ZgwException invalid(String name, String code, String reason) {
        return invalid(List.of(new InvalidParam(name, code, reason)));
    }

    public static ZgwException forbidden(String code, String detail) {
        return new ZgwException(403, code, "U heeft geen toestemming om deze actie uit te voeren.", detail, null);
    }

    public static ZgwException permissionDenied() {
        return forbidden("permission_denied", "U heeft geen toestemming om deze actie uit te voeren.");
    }

    public static ZgwException notFound() {
        return new ZgwException(404, "not_found", "Niet gevonden.", "Niet gevonden.", null);
    }

    public static ZgwException conflict(String code, String detail) {
        return new ZgwException(409, code, "Conflict.", detail, null);
    }

    public static ZgwException preconditionFailed(String code, String detail) {
        return new ZgwException(412, code, "Voorwaarde niet voldaan.", detail, null);
    }

    public static ZgwException notAcceptable(String code, String detail) {
        return new ZgwException(406, code, "Niet aanvaardbaar.", detail, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
