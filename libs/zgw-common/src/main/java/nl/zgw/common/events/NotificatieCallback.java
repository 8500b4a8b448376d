package nl.zgw.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.Unauthenticated;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The callback of the consumer side (notificaties-consumer-api 1.0.0-rc1): {@code POST} a notification, answered
 * 204 once the {@link NotificatieHandler}s of its kanaal have handled it. Only the {@code Authorization} value given
 * to the Notificaties API in the abonnement ({@link CallbackAuth}) is accepted, else 403. A service declares it at
 * the path it gives the Notificaties API:
 * <pre>
 * &#64;Path("/beheer/v1/notificaties")
 * public class CallbackResource extends NotificatieCallback {
 *     public CallbackResource(CallbackAuth auth, &#64;Any Instance&lt;NotificatieHandler&gt; handlers) { super(auth, handlers); }
 * }
 * </pre>
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class NotificatieCallback {

    private static final List<String> VEREIST = List.of("kanaal", "hoofdObject", "resource", "resourceUrl", "actie",
            "aanmaakdatum");

    private final CallbackAuth auth;
    private final List<NotificatieHandler> handlers;

    protected NotificatieCallback(CallbackAuth auth, @Any Instance<NotificatieHandler> handlers) {
        this.auth = auth;
        this.handlers = handlers.stream().toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Unauthenticated
    public Response receive(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonNode body) {
        if (!auth.matches(authorization)) {
            throw ZgwException.forbidden("not_authenticated", "Authenticatiegegevens zijn niet (correct) opgegeven.");
        }
        Notificatie notificatie = parse(body);
        for (NotificatieHandler h : handlers) {
            if (h.kanaal().equals(notificatie.kanaal())) {
                h.handle(notificatie);
            }
        }
        return Response.noContent().build();
    }

    private static Notificatie parse(JsonNode body) {
        List<InvalidParam> errors = new ArrayList<>();
        for (String field : VEREIST) {
            JsonNode v = body == null ? null : body.get(field);
            if (v == null || v.isNull() || !v.isTextual() || v.asText().isBlank()) {
                errors.add(new InvalidParam(field, "required", "Dit veld is vereist."));
            }
        }
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
        OffsetDateTime aanmaakdatum = aanmaakdatum(body.get("aanmaakdatum").asText());
        Map<String, String> kenmerken = new HashMap<>();
        body.path("kenmerken").fields().forEachRemaining(e -> kenmerken.put(e.getKey(), e.getValue().asText()));
        return new Notificatie(body.get("kanaal").asText(), body.get("hoofdObject").asText(),
                body.get("resource").asText(), body.get("resourceUrl").asText(), body.get("actie").asText(),
                aanmaakdatum, kenmerken);
    }

    /** Leniently: a time without offset is UTC, an unreadable one is left out (the handlers rarely need it). */
    private static OffsetDateTime aanmaakdatum(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
