package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.catalogi.domain.Catalogus;
import nl.zgw.catalogi.persistence.CatalogiQueries.Where;
import nl.zgw.catalogi.service.CatalogusService;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.CATALOGUSSEN;

/** /catalogussen: list, create, read, HEAD, PUT, PATCH (no DELETE in 1.3.3). */
@Path(ROOT + "/catalogussen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogusResource {

    private final Reads reads;
    private final CatalogusService service;

    public CatalogusResource(Reads reads, CatalogusService service) {
        this.reads = reads;
        this.service = service;
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public Page<ObjectNode> list(@QueryParam("domein") String domein, @QueryParam("domein__in") String domeinIn,
                                 @QueryParam("rsin") String rsin, @QueryParam("rsin__in") String rsinIn,
                                 @QueryParam("page") String page, @QueryParam("expand") String expand) {
        Where where = new Where();
        if (domein != null) {
            where.and("c.domein = :domein", "domein", domein);
        }
        if (domeinIn != null) {
            where.and("c.domein in :domeinIn", "domeinIn", split(domeinIn));
        }
        if (rsin != null) {
            where.and("c.rsin = :rsin", "rsin", rsin);
        }
        if (rsinIn != null) {
            where.and("c.rsin in :rsinIn", "rsinIn", split(rsinIn));
        }
        return reads.list(Catalogus.class, "c", "", "", where, "c.id", page, CATALOGUSSEN, expand,
                reads.representations()::catalogussen);
    }

    @POST
    @RequiresScope(SCHRIJVEN)
    public Response create(@NotNull @Valid CatalogusRequest body) {
        Catalogus c = service.create(body);
        ObjectNode n = reads.fresh(Catalogus.class, c.uuid, reads.representations()::catalogussen);
        return Response.created(URI.create(reads.location(CATALOGUSSEN, c.uuid))).entity(n).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return reads.detail(Catalogus.class, CATALOGUSSEN, uuid, expand, reads.representations()::catalogussen);
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
    public ObjectNode update(@PathParam("uuid") UUID uuid, @NotNull @Valid CatalogusRequest body) {
        Catalogus c = service.update(uuid, body);
        return reads.fresh(Catalogus.class, c.uuid, reads.representations()::catalogussen);
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        Catalogus c = service.patch(uuid, body);
        return reads.fresh(Catalogus.class, c.uuid, reads.representations()::catalogussen);
    }

    static List<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
