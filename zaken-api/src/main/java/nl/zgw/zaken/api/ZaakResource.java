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
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.http.GeoCrs;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.service.ZaakService;

import java.net.URI;
import java.util.UUID;

import static nl.zgw.zaken.config.ZakenApi.ROOT;

/** /zaken: list, create, read, HEAD, PUT, PATCH, DELETE and POST /zaken/_zoek (Accept-Crs/Content-Crs on all). */
@Path(ROOT + "/zaken")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@GeoCrs
public class ZaakResource {

    private final ZaakService service;
    private final ZaakLezen lezen;

    public ZaakResource(ZaakService service, ZaakLezen lezen) {
        this.service = service;
        this.lezen = lezen;
    }

    @GET
    @RequiresScope(Scopes.Zrc.LEZEN)
    @FilteredBy(ZaakFilters.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        return lezen.list(ZaakFilters.FILTERS.parse(uriInfo.getQueryParameters()), PageRequest.of(page), expand);
    }

    @POST
    @Path("_zoek")
    @RequiresScope(Scopes.Zrc.LEZEN)
    public Page<ObjectNode> zoek(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 JsonNode body) {
        return lezen.zoek(body, PageRequest.of(page), expand);
    }

    @POST
    @RequiresScope(Scopes.Zrc.AANMAKEN)
    public Response create(@Valid @NotNull ZaakRequest body) {
        ObjectNode zaak = service.create(body);
        return Response.created(URI.create(zaak.get("url").asText())).entity(zaak).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return lezen.detail(uuid, expand);
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode head(@PathParam("uuid") UUID uuid) {
        return lezen.detail(uuid, null);
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public ObjectNode update(@PathParam("uuid") UUID uuid, @Valid @NotNull ZaakRequest body) {
        service.update(uuid, body);
        return lezen.fresh(uuid);
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        service.patch(uuid, body);
        return lezen.fresh(uuid);
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope(Scopes.Zrc.VERWIJDEREN)
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
