package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.http.Created;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.service.ExterneRelatieSoort;
import nl.zgw.zaken.service.ZaakExterneRelaties;

import java.util.List;
import java.util.UUID;

/**
 * The operations of a zaak's relations to external objects (list as a plain array, create, read, DELETE), declared
 * once; a subclass per {@link ExterneRelatieSoort} gives the path, the body type and the list with its own filters.
 *
 * @param <R> the body of its POST
 */
public abstract class ZaakExterneRelatieResource<R extends ZaakExterneRelatieRequest> {

    private final ExterneRelatieSoort soort;
    private final ZaakExterneRelaties service;

    protected ZaakExterneRelatieResource(ExterneRelatieSoort soort, ZaakExterneRelaties service) {
        this.soort = soort;
        this.service = service;
    }

    /** The list; the subclass's GET declares its filters ({@code @FilteredBy}) and calls this. */
    protected List<ObjectNode> list(Filters filters, UriInfo uriInfo) {
        return service.list(soort, filters.parse(uriInfo.getQueryParameters())).stream()
                .map(r -> service.render(soort, r)).toList();
    }

    @POST
    @RequiresScope(Scopes.Zrc.BIJWERKEN)
    public Response create(@Valid @NotNull R body) {
        return Created.of(service.render(soort, service.create(soort, body.zaak(), body.doel())));
    }

    @GET
    @Path("{uuid}")
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid) {
        return service.render(soort, service.get(soort, uuid));
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope(Scopes.Zrc.BIJWERKEN)
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(soort, uuid);
        return Response.noContent().build();
    }
}
