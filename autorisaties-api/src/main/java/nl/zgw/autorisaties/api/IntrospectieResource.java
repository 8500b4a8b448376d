package nl.zgw.autorisaties.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.autorisaties.service.AutorisatieCache;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.jwt.Caller;
import nl.zgw.common.security.jwt.JwtZgwVerifier;
import nl.zgw.common.security.autorisaties.RequiresScope;

/**
 * {@code POST /beheer/v1/introspectie} {@code {"token": "<consumer JWT>"}}: verifies a consumer's JWT-ZGW against
 * the secret kept here and returns the client and its current Applicatie, for the other services
 * ({@code zgw.autorisaties.url}). Secrets never leave this service. Callers need {@code autorisaties.lezen} (what
 * {@code /applicaties/consumer} needs).
 * <p>
 * A refused consumer token is a 200 with {@code active: false} and the 403 code the service passes on (as in RFC
 * 7662), so that a 403 of this endpoint always means the calling service's own token was refused: the service
 * then answers 503, not a 403 that would blame its consumer.
 */
@Path("/beheer/v1/introspectie")
@Produces(MediaType.APPLICATION_JSON)
public class IntrospectieResource {

    /** The answer: who the token belongs to and the Applicatie (null when the client has none). */
    public record Introspectie(boolean active, String clientId, String userId, String userRepresentation,
                               ApplicatieView applicatie) {
    }

    /** The answer for a refused consumer token: the code and detail of the 403 the service gives its consumer. */
    public record Afgewezen(boolean active, String code, String detail) {
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
    public Object introspect(JsonNode body) {
        JsonNode token = body == null ? null : body.get("token");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw ZgwException.invalid("token", "required", "Dit veld is vereist.");
        }
        Caller caller;
        try {
            caller = verifier.verify("Bearer " + token.asText());
        } catch (ZgwException e) {
            return new Afgewezen(false, e.code(), e.getMessage());
        }
        ApplicatieView app = applicaties.applicatie(caller.clientId())
                .map(g -> ApplicatieMapper.view(g, urls.resource("applicaties", g.uuid()))).orElse(null);
        return new Introspectie(true, caller.clientId(), caller.userId(), caller.userRepresentation(), app);
    }
}
