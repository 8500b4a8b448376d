package nl.zgw.autorisaties.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.common.security.autorisaties.Component;
import nl.zgw.autorisaties.service.ApplicatieService;
import nl.zgw.autorisaties.service.BaseUrl;
import nl.zgw.autorisaties.service.CallbackAuth;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.Unauthenticated;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The consumer side of the Notificaties API (notificaties-consumer-api 1.0.0-rc1): {@code POST /beheer/v1/notificaties}
 * answers 204. A {@code destroy} of a zaaktype, informatieobjecttype or besluittype removes the autorisaties that
 * point at it. Protected by the {@code Authorization} value given to the Notificaties API in the abonnement.
 */
@Path("/beheer/v1/notificaties")
@Produces(MediaType.APPLICATION_JSON)
public class NotificatieCallbackResource {

    private static final Logger LOG = Logger.getLogger(NotificatieCallbackResource.class);

    /** kanaal → (resource, component whose autorisaties point at it). */
    private static final Map<String, Map.Entry<String, Component>> TYPE_KANALEN = Map.of(
            "zaaktypen", Map.entry("zaaktype", Component.ZRC),
            "informatieobjecttypen", Map.entry("informatieobjecttype", Component.DRC),
            "besluittypen", Map.entry("besluittype", Component.BRC));

    private final CallbackAuth auth;
    private final ApplicatieService applicaties;
    private final BaseUrl baseUrl;

    public NotificatieCallbackResource(CallbackAuth auth, ApplicatieService applicaties, BaseUrl baseUrl) {
        this.auth = auth;
        this.applicaties = applicaties;
        this.baseUrl = baseUrl;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Unauthenticated
    public Response receive(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonNode body) {
        if (!auth.matches(authorization)) {
            throw ZgwException.forbidden("not_authenticated", "Authenticatiegegevens zijn niet (correct) opgegeven.");
        }
        List<InvalidParam> errors = new ArrayList<>();
        for (String field : List.of("kanaal", "hoofdObject", "resource", "resourceUrl", "actie", "aanmaakdatum")) {
            JsonNode v = body == null ? null : body.get(field);
            if (v == null || v.isNull() || !v.isTextual() || v.asText().isBlank()) {
                errors.add(new InvalidParam(field, "required", "Dit veld is vereist."));
            }
        }
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
        var type = TYPE_KANALEN.get(body.get("kanaal").asText());
        if (type != null && "destroy".equals(body.get("actie").asText())
                && type.getKey().equals(body.get("resource").asText())) {
            String typeUrl = body.get("resourceUrl").asText();
            int changed = applicaties.typeVerwijderd(type.getValue(), typeUrl, baseUrl::applicatie);
            LOG.infof("%s %s deleted in the Catalogi: autorisaties removed from %d applicatie(s)",
                    type.getKey(), typeUrl, changed);
        }
        return Response.noContent().build();
    }
}
