package nl.zgw.zaken.api;

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
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.service.ZaakNotitieService;

import java.net.URI;
import java.util.UUID;

import static nl.zgw.zaken.config.ZakenApi.ROOT;

/** /zaaknotities (1.7, experimental): list (with pageSize), create, read, PUT, PATCH, DELETE; scope zaken.bijwerken. */
@Path(ROOT + "/zaaknotities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakNotitieResource {

    static final int MAX_PAGE_SIZE = 500;

    private final ZaakNotitieService service;
    private final ZaakNotitieRepresentation representation;

    public ZaakNotitieResource(ZaakNotitieService service, ZaakNotitieRepresentation representation) {
        this.service = service;
        this.representation = representation;
    }

    @GET
    @RequiresScope(Scopes.Zrc.LEZEN)
    @FilteredBy(ZaakNotitieFilters.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                 @Context UriInfo uriInfo) {
        return service.list(ZaakNotitieFilters.FILTERS.parse(uriInfo.getQueryParameters()),
                PageRequest.of(page, pageSize(pageSize)));
    }

    /** As DRF's page_size_query_param: default 100, at most 500; a value that is no positive number is ignored. */
    static int pageSize(String text) {
        if (text == null || !text.trim().matches("\\d{1,9}")) {
            return PageRequest.DEFAULT_SIZE;
        }
        int n = Integer.parseInt(text.trim());
        return n < 1 ? PageRequest.DEFAULT_SIZE : Math.min(n, MAX_PAGE_SIZE);
    }

    @POST
    @RequiresScope(Scopes.Zrc.BIJWERKEN)
    public Response create(@Valid @NotNull ZaakNotitieRequest body) {
        ObjectNode n = representation.render(service.create(body));
        return Response.created(URI.create(n.get("url").asText())).entity(n).build();
    }

    @GET
    @Path("{uuid}")
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid) {
        return representation.render(service.read(uuid));
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope(Scopes.Zrc.BIJWERKEN)
    public ObjectNode update(@PathParam("uuid") UUID uuid, @Valid @NotNull ZaakNotitieRequest body) {
        return representation.render(service.update(uuid, body));
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope(Scopes.Zrc.BIJWERKEN)
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        return representation.render(service.patch(uuid, body));
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope(Scopes.Zrc.BIJWERKEN)
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
