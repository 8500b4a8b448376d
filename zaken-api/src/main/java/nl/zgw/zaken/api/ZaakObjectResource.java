package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
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
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.service.ZaakObjectService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static nl.zgw.zaken.config.ZakenApi.ROOT;

/** /zaakobjecten: list, create, read, HEAD, PUT, PATCH, DELETE. */
@Path(ROOT + "/zaakobjecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakObjectResource {

    private final ZaakObjectService service;
    private final ZaakObjectRepresentation representation;
    private final DelenExpander expander;

    public ZaakObjectResource(ZaakObjectService service, ZaakObjectRepresentation representation, DelenExpander expander) {
        this.service = service;
        this.representation = representation;
        this.expander = expander;
    }

    @GET
    @RequiresScope(Scopes.Zrc.LEZEN)
    @FilteredBy(ZaakObjectFilters.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        Expansie expansie = expander.parse("zaakobjecten", expand);
        Page<ObjectNode> result = service.list(ZaakObjectFilters.FILTERS.parse(uriInfo.getQueryParameters()),
                PageRequest.of(page));
        expander.expand("zaakobjecten", result.results(), expansie);
        return result;
    }

    @POST
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public Response create(@Valid @NotNull ZaakObjectRequest body) {
        ObjectNode o = representation.render(service.create(body));
        return Response.created(URI.create(o.get("url").asText())).entity(o).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        Expansie expansie = expander.parse("zaakobjecten", expand);
        ObjectNode o = representation.render(service.read(uuid));
        expander.expand("zaakobjecten", List.of(o), expansie);
        return o;
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode head(@PathParam("uuid") UUID uuid) {
        return representation.render(service.read(uuid));
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public ObjectNode update(@PathParam("uuid") UUID uuid, @Valid @NotNull ZaakObjectRequest body) {
        return representation.render(service.update(uuid, body));
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        return representation.render(service.patch(uuid, body));
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
