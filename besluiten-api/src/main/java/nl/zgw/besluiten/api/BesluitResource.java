package nl.zgw.besluiten.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.besluiten.domain.Besluit;
import nl.zgw.besluiten.service.BesluitService;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;

import java.net.URI;
import java.util.UUID;

import static nl.zgw.besluiten.api.BesluitenApi.ROOT;

/** /besluiten: list, create, read, PUT, PATCH, DELETE (besluiten-api-1.1.0.yaml). */
@Path(ROOT + "/besluiten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BesluitResource {

    private final BesluitService service;
    private final BesluitRepresentation representation;

    public BesluitResource(BesluitService service, BesluitRepresentation representation) {
        this.service = service;
        this.representation = representation;
    }

    @GET
    @RequiresScope(Scopes.Brc.LEZEN)
    @FilteredBy(BesluitFilters.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        return service.list(BesluitFilters.FILTERS.parse(uriInfo.getQueryParameters()), PageRequest.of(page),
                expand);
    }

    @POST
    @RequiresScope(Scopes.Brc.AANMAKEN)
    public Response create(@Valid @NotNull BesluitRequest body) {
        Besluit b = service.create(body);
        ObjectNode node = representation.render(b);
        return Response.created(URI.create(node.get("url").asText())).entity(node).build();
    }

    @GET
    @Path("{uuid}")
    @RequiresScope(Scopes.Brc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return service.read(uuid, expand);
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope(Scopes.Brc.BIJWERKEN)
    public ObjectNode update(@PathParam("uuid") UUID uuid, @Valid @NotNull BesluitRequest body) {
        return representation.render(service.update(uuid, body));
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope(Scopes.Brc.BIJWERKEN)
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        return representation.render(service.patch(uuid, body));
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope(Scopes.Brc.VERWIJDEREN)
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
