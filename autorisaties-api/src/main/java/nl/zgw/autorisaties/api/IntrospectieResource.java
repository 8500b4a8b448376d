package nl.zgw.autorisaties.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.autorisaties.service.AutorisatieCache;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.Caller;
import nl.zgw.common.security.JwtZgwVerifier;
import nl.zgw.common.security.RequiresScope;

/**
 * {@code POST /beheer/v1/introspectie} {@code {"token": "<consumer JWT>"}}: verifies a consumer's JWT-ZGW against
 * the secret kept here and returns the client and its current Applicatie, for the other services
 * ({@code zgw.autorisaties.url}). Secrets never leave this service. A bad token is the same 403 (and code) the
 * service would give. Callers need {@code autorisaties.lezen} (what {@code /applicaties/consumer} needs).
 */
@Path("/beheer/v1/introspectie")
@Produces(MediaType.APPLICATION_JSON)
public class IntrospectieResource {

    /** The answer: who the token belongs to and the Applicatie (null when the client has none). */
    public record Introspectie(String clientId, String userId, String userRepresentation, ApplicatieView applicatie) {
    }

    private final JwtZgwVerifier verifier;
    private final AutorisatieCache applicaties;
    private final nl.zgw.common.http.PublicUrls urls;

    public IntrospectieResource(JwtZgwVerifier verifier, AutorisatieCache applicaties,
                                nl.zgw.common.http.PublicUrls urls) {
        this.verifier = verifier;
        this.applicaties = applicaties;
        this.urls = urls;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApplicatieResource.LEZEN)
    public Introspectie introspect(JsonNode body) {
        JsonNode token = body == null ? null : body.get("token");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw ZgwException.invalid("token", "required", "Dit veld is vereist.");
        }
        Caller caller = verifier.verify("Bearer " + token.asText());
        ApplicatieView app = applicaties.applicatie(caller.clientId())
                .map(g -> ApplicatieMapper.view(g, urls.resource("applicaties", g.uuid()))).orElse(null);
        return new Introspectie(caller.clientId(), caller.userId(), caller.userRepresentation(), app);
    }
}
