package nl.zgw.documenten.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.zgw.common.http.Created;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.documenten.service.DocumentDeelService;

/**
 * The operations of a sub-resource of a document (create, read, HEAD, DELETE), with the document's scopes, declared
 * once. A subclass gives the path and the list with its own filters ({@code @FilteredBy} is read from the list method
 * itself) through {@link #service}; JAX-RS inherits these methods as they are not overridden.
 *
 * @param <S> its use cases
 * @param <R> the body of its POST
 */
public abstract class DocumentDeelResource<S extends DocumentDeelService<R>, R> {

    protected final S service;

    protected DocumentDeelResource(S service) {
        this.service = service;
    }

    @POST
    @RequiresScope(Scopes.Drc.AANMAKEN)
    public Response create(@NotNull @Valid R body) {
        return Created.of(service.create(body));
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Drc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return service.read(uuid, expand);
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Drc.LEZEN)
    public ObjectNode head(@PathParam("uuid") UUID uuid) {
        return service.read(uuid, null);
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope(Scopes.Drc.VERWIJDEREN)
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
