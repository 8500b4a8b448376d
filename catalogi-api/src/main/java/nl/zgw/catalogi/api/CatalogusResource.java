package nl.zgw.catalogi.api;

import nl.zgw.catalogi.domain.invoer.CatalogusInvoer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import nl.zgw.catalogi.api.render.CatalogusRenderer;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.catalogi.service.CatalogusService;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.net.URI;
import java.util.UUID;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.domain.Collecties.CATALOGUSSEN;

/** /catalogussen: list, create, read, HEAD, PUT, PATCH (no DELETE in 1.3.3). */
@Path(ROOT + "/catalogussen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogusResource {

    private final Reads reads;
    private final CatalogusService service;
    private final CatalogusRenderer renderer;
    private final PatchMerger merger;

    public CatalogusResource(Reads reads, CatalogusService service, CatalogusRenderer renderer, PatchMerger merger) {
        this.reads = reads;
        this.service = service;
        this.renderer = renderer;
        this.merger = merger;
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    @FilteredBy(CatalogusFilters.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        Selection selection = CatalogusFilters.FILTERS.parse(uriInfo.getQueryParameters());
        ListQuery<Catalogus> query = ListQuery.of(Catalogus.class, "c").where(selection.where())
                .orderBy(selection.order());
        return reads.list(query, page, renderer, expand, null);
    }

    @POST
    @RequiresScope(SCHRIJVEN)
    public Response create(@NotNull @Valid CatalogusInvoer body) {
        Catalogus c = service.create(body);
        ObjectNode n = reads.fresh(renderer, c.uuid);
        return Response.created(URI.create(reads.location(CATALOGUSSEN, c.uuid))).entity(n).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return reads.detail(renderer, uuid, expand, null);
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson head(@PathParam("uuid") UUID uuid) {
        return read(uuid, null);
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public ObjectNode update(@PathParam("uuid") UUID uuid, @NotNull @Valid CatalogusInvoer body) {
        Catalogus c = service.update(uuid, body);
        return reads.fresh(renderer, c.uuid);
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        Catalogus c = service.patch(uuid, new PatchBody<>(merger, body, CatalogusInvoer.class));
        return reads.fresh(renderer, c.uuid);
    }
}
