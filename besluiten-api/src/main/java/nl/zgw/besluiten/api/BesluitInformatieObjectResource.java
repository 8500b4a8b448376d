package nl.zgw.besluiten.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.besluiten.domain.BesluitInformatieObject;
import nl.zgw.besluiten.service.BesluitInformatieObjectService;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static nl.zgw.besluiten.api.BesluitenApi.ROOT;

/** /besluitinformatieobjecten: list (a plain array), create, read, DELETE; no update (immutable). */
@Path(ROOT + "/besluitinformatieobjecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BesluitInformatieObjectResource {

    private final BesluitInformatieObjectService service;
    private final BesluitInformatieObjectRepresentation representation;

    public BesluitInformatieObjectResource(BesluitInformatieObjectService service,
                                           BesluitInformatieObjectRepresentation representation) {
        this.service = service;
        this.representation = representation;
    }

    @GET
    @RequiresScope(Scopes.Brc.LEZEN)
    @FilteredBy(BesluitInformatieObjectFilters.class)
    public List<ObjectNode> list(@QueryParam("expand") String expand, @Context UriInfo uriInfo) {
        return service.list(BesluitInformatieObjectFilters.FILTERS.parse(uriInfo.getQueryParameters()), expand);
    }

    @POST
    @RequiresScope(Scopes.Brc.AANMAKEN)
    public Response create(@Valid @NotNull BesluitInformatieObjectRequest body) {
        BesluitInformatieObject bio = service.create(body);
        ObjectNode node = representation.render(bio);
        return Response.created(URI.create(node.get("url").asText())).entity(node).build();
    }

    @GET
    @Path("{uuid}")
    @RequiresScope(Scopes.Brc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return service.read(uuid, expand);
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope(Scopes.Brc.VERWIJDEREN)
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
