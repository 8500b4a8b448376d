package nl.zgw.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

import java.util.UUID;

/**
 * The standard's error body ({@code Fout}) for what the gateway itself answers: unknown paths and unreachable
 * services, oversized requests. Same shape and {@code type} base as the services' errors.
 */
final class Problem {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://zaakgerichtwerken.vng.cloud/fouten/";

    private Problem() {
    }

    static Buffer body(int status, String code, String title, String detail) {
        return fout(status, code, title, detail).toBuffer();
    }

    private static JsonObject fout(int status, String code, String title, String detail) {
        return new JsonObject()
                .put("type", TYPE_BASE + code)
                .put("code", code)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", "urn:uuid:" + UUID.randomUUID());
    }

    static Buffer notFound() {
        return body(404, "not_found", "Niet gevonden.", "Op dit pad is geen API of pagina.");
    }

    static Buffer uriTooLong(int length, int max) {
        return body(414, "uri_too_long", "De URI van het verzoek is te lang.",
                "De aanvraagregel (methode, pad en query) is " + length + " tekens lang; ten hoogste " + max
                        + " zijn toegestaan.");
    }

    static Buffer headersTooLarge(int size, int max) {
        return body(431, "request_header_fields_too_large", "De headers van het verzoek zijn te groot.",
                "De headers van het verzoek zijn samen " + size + " bytes; ten hoogste " + max
                        + " zijn toegestaan.");
    }

    /** As the services' ValidatieFout, with the reason under {@code nonFieldErrors}. */
    static Buffer invalidUri() {
        return fout(400, "invalid", "Een of meerdere parameters zijn niet geldig.",
                "De URI van het verzoek is ongeldig.")
                .put("invalidParams", new io.vertx.core.json.JsonArray().add(new JsonObject()
                        .put("name", "nonFieldErrors").put("code", "invalid")
                        .put("reason", "De URI bevat een teken dat gecodeerd moet zijn (zoals { } | of een spatie).")))
                .toBuffer();
    }

    static Buffer badGateway(String api) {
        return body(502, "bad_gateway", "De API is niet bereikbaar.",
                "De " + api + " API antwoordt niet; probeer het later opnieuw.");
    }

    static Buffer gatewayTimeout(String api) {
        return body(504, "gateway_timeout", "De API antwoordt niet op tijd.",
                "De " + api + " API heeft niet op tijd geantwoord.");
    }
}
