package nl.zgw.notificaties.api;

import nl.zgw.common.security.autorisaties.Scopes.Nrc;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.common.problem.ZgwException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.zgw.common.request.BodyReader;
import nl.zgw.common.request.SnakeCaseKeys;
import nl.zgw.common.security.jwt.CurrentCaller;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.notificaties.delivery.DeliveryDispatcher;
import nl.zgw.notificaties.service.NotificatieOntvangen;

import java.io.IOException;

/**
 * {@code POST /notificaties}: the message is validated, committed with one delivery job per matching abonnement, and
 * only then answered with 200 and the message (keys in the file's spelling). Delivery starts right after the commit.
 */
@Path("/notificaties/api/v1/notificaties")
public class NotificatieResource {

    private final NotificatieOntvangen ontvangen;
    private final DeliveryDispatcher dispatcher;
    private final BodyReader bodies;
    private final CurrentCaller caller;
    private final SnakeCaseKeys keys;
    private final ObjectMapper mapper;

    public NotificatieResource(NotificatieOntvangen ontvangen, DeliveryDispatcher dispatcher, BodyReader bodies,
                               CurrentCaller caller, SnakeCaseKeys keys, ObjectMapper mapper) {
        this.ontvangen = ontvangen;
        this.dispatcher = dispatcher;
        this.bodies = bodies;
        this.caller = caller;
        this.keys = keys;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope(Nrc.PUBLICEREN)
    public Response publiceer(String body) throws IOException {
        if (body == null || body.isBlank()) {
            throw ZgwException.invalid("nonFieldErrors", "parse_error", "Er zijn geen gegevens meegegeven.");
        }
        // stored, forwarded and answered in the file's camelCase spelling (a 1.x publisher may send hoofd_object);
        // the kenmerken stay as sent. Parsed once: not JSON is the dialect's parse_error.
        JsonNode received = mapper.readTree(body);
        JsonNode normalised = received == null || !received.isObject() ? received
                : keys.normalise(received, MessageBody.class);
        MessageBody message = bodies.read(normalised, MessageBody.class);
        String payload = mapper.writeValueAsString(normalised);
        ontvangen.ontvang(message, payload, caller.get().map(c -> c.clientId()).orElse(""));
        dispatcher.wakeUp();
        return Response.ok(payload, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
