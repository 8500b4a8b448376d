package nl.zgw.documenten.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.documenten.service.ObjectInformatieObjectService;

/** /objectinformatieobjecten: list (an array), create, read, HEAD, DELETE. */
@Path(EioResource.ROOT + "/objectinformatieobjecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObjectInformatieObjectResource {

    private final ObjectInformatieObjectService service;

    public ObjectInformatieObjectResource(ObjectInformatieObjectService service) {
        this.service = service;
    }

    @GET
    @RequiresScope(Scopes.Drc.LEZEN)
    @FilteredBy(ObjectInformatieObjectFilters.class)
    public List<ObjectNode> list(@QueryParam("expand") String expand, @Context UriInfo uriInfo) {
        return service.list(ObjectInformatieObjectFilters.FILTERS.parse(uriInfo.getQueryParameters()), expand);
    }

    @POST
    @RequiresScope(Scopes.Drc.AANMAKEN)
    public Response create(@NotNull @Valid ObjectInformatieObjectRequest body) {
        ObjectNode n = service.create(body);
        return Response.created(URI.create(n.get("url").asText())).entity(n).build();
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
