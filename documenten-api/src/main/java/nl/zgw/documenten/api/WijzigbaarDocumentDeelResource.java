package nl.zgw.documenten.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.documenten.service.WijzigbaarDocumentDeelService;

/**
 * A {@link DocumentDeelResource} that is also replaced (PUT) and partially updated (PATCH).
 *
 * @param <S> its use cases
 * @param <R> the body of its POST and PUT
 */
public abstract class WijzigbaarDocumentDeelResource<S extends WijzigbaarDocumentDeelService<R>, R>
        extends DocumentDeelResource<S, R> {

    protected WijzigbaarDocumentDeelResource(S service) {
        super(service);
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope(Scopes.Drc.BIJWERKEN)
    public ObjectNode update(@PathParam("uuid") UUID uuid, @NotNull @Valid R body) {
        return service.update(uuid, body);
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope(Scopes.Drc.BIJWERKEN)
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        return service.patch(uuid, body);
    }
}
