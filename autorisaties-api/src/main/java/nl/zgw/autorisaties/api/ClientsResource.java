package nl.zgw.autorisaties.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.autorisaties.service.ClientCredentialService;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Management of client credentials, outside the standard API root: {@code /beheer/v1/clients}. Only for clients
 * whose Applicatie has {@code heeftAlleAutorisaties}. A secret appears only in the answer of the call that sets it.
 */
@Path("/beheer/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@RequiresScope(ApplicatieResource.BIJWERKEN)
public class ClientsResource {

    /** Metadata of a credential; never the secret. */
    public record ClientView(String clientId, OffsetDateTime aangemaakt, OffsetDateTime gewijzigd) {
    }

    /** The answer of create and rotate: the only time the secret is shown. */
    public record ClientSecretView(String clientId, String secret) {
    }

    private final ClientCredentialService service;
    private final BeheerAccess access;
    private final PublicUrls urls;

    public ClientsResource(ClientCredentialService service, BeheerAccess access, PublicUrls urls) {
        this.service = service;
        this.access = access;
        this.urls = urls;
    }

    @GET
    public List<ClientView> list() {
        access.require();
        return service.list().stream().map(ClientsResource::view).toList();
    }

    @GET
    @Path("{clientId}")
    public ClientView read(@PathParam("clientId") String clientId) {
        access.require();
        return view(service.get(clientId));
    }

    /** Body {@code {"clientId": "...", "secret": "..."}}; without {@code secret} a random one is generated. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonNode body) {
        access.require();
        List<InvalidParam> errors = new ArrayList<>();
        String clientId = text(body, "clientId", 50, true, errors);
        String secret = text(body, "secret", 255, false, errors);
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
        String created = service.create(clientId, secret);
        return Response.created(URI.create(urls.base() + "/beheer/v1/clients/" + clientId))
                .entity(new ClientSecretView(clientId, created)).build();
    }

    /** Rotates the secret: body {@code {"secret": "..."}} or {@code {}} for a generated one. */
    @PUT
    @Path("{clientId}/secret")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClientSecretView rotate(@PathParam("clientId") String clientId, JsonNode body) {
        access.require();
        List<InvalidParam> errors = new ArrayList<>();
        String secret = text(body, "secret", 255, false, errors);
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
        return new ClientSecretView(clientId, service.rotate(clientId, secret));
    }

    @DELETE
    @Path("{clientId}")
    public Response delete(@PathParam("clientId") String clientId) {
        access.require();
        service.delete(clientId);
        return Response.noContent().build();
    }

    private static ClientView view(ClientCredentialService.CredentialInfo i) {
        return new ClientView(i.clientId(), i.aangemaakt(), i.gewijzigd());
    }

    private static String text(JsonNode body, String field, int max, boolean required, List<InvalidParam> errors) {
        JsonNode node = body == null ? null : body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(new InvalidParam(field, "required", "Dit veld is vereist."));
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new InvalidParam(field, "invalid", "Geen geldige string."));
            return null;
        }
        String v = node.asText();
        if (v.isBlank()) {
            errors.add(new InvalidParam(field, "blank", "Dit veld mag niet leeg zijn."));
            return null;
        }
        if (v.length() > max) {
            errors.add(new InvalidParam(field, "max_length",
                    "Zorg ervoor dat dit veld niet meer dan " + max + " karakters bevat."));
            return null;
        }
        return v;
    }
}
