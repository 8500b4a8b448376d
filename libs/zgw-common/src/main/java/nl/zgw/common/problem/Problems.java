package nl.zgw.common.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/** Renders {@link Fout} bodies; {@code instance} is a fresh {@code urn:uuid} that also appears in the server log. */
public final class Problems {

    /** Where the error codes are described; the standard only asks for a URI. */
    public static final String TYPE_BASE = "https://zaakgerichtwerken.vng.cloud/fouten/";

    private Problems() {
    }

    public static Fout fout(ZgwException e) {
        return new Fout(TYPE_BASE + e.code(), e.code(), e.title(), e.status(), e.getMessage(),
                "urn:uuid:" + UUID.randomUUID(), e.invalidParams());
    }

    public static Response response(ZgwException e) {
        return response(fout(e));
    }

    public static Response response(Fout fout) {
        return Response.status(fout.status()).type(Fout.MEDIA_TYPE).entity(fout).build();
    }

    public static Response response(int status, String code, String title, String detail) {
        return response(new ZgwException(status, code, title, detail, null));
    }

    public static Response invalid(List<InvalidParam> params) {
        return response(ZgwException.invalid(params));
    }
}
