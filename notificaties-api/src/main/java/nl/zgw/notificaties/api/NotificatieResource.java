package nl.zgw.notificaties.api;

import nl.zgw.common.security.autorisaties.Scopes.Nrc;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.jwt.CurrentCaller;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.notificaties.delivery.DeliveryDispatcher;
import nl.zgw.notificaties.service.NotificatieOntvangen;

import java.io.IOException;
import java.util.Set;

/**
 * {@code POST /notificaties}: the message is validated, committed with one delivery job per matching abonnement, and
 * only then answered with 200 and the message. Delivery starts right after the commit.
 */
@Path("/notificaties/api/v1/notificaties")
public class NotificatieResource {

    private final NotificatieOntvangen ontvangen;
    private final DeliveryDispatcher dispatcher;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final CurrentCaller caller;

    public NotificatieResource(NotificatieOntvangen ontvangen, DeliveryDispatcher dispatcher, ObjectMapper mapper,
                               Validator validator, CurrentCaller caller) {
        this.ontvangen = ontvangen;
        this.dispatcher = dispatcher;
        this.mapper = mapper;
        this.validator = validator;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope(Nrc.PUBLICEREN)
    public Response publiceer(String body) throws IOException {
        if (body == null || body.isBlank()) {
            throw ZgwException.invalid("nonFieldErrors", "parse_error", "Er zijn geen gegevens meegegeven.");
        }
        MessageBody message = mapper.readValue(body, MessageBody.class);
        if (message == null) {
            throw ZgwException.invalid("nonFieldErrors", "invalid", "Ongeldige gegevens.");
        }
        Set<ConstraintViolation<MessageBody>> violations = validator.validate(message);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        ontvangen.ontvang(message, body, caller.get().map(c -> c.clientId()).orElse(""));
        dispatcher.wakeUp();
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
