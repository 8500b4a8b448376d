package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.persistence.CatalogiQueries.Where;
import nl.zgw.catalogi.service.ZaaktypeService;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.RequiresScope;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.*;

/** /zaaktypen: list with the OAS filters, concept CRUD, publish, HEAD/ETag. */
@Path(ROOT + "/zaaktypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaaktypeResource {

    private final Reads reads;
    private final ZaaktypeService service;

    public ZaaktypeResource(Reads reads, ZaaktypeService service) {
        this.reads = reads;
        this.service = service;
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public Page<ObjectNode> list(@QueryParam("catalogus") String catalogus,
                                 @QueryParam("identificatie") String identificatie,
                                 @QueryParam("trefwoorden") String trefwoorden,
                                 @QueryParam("status") String status,
                                 @QueryParam("datumGeldigheid") String datumGeldigheid,
                                 @QueryParam("page") String page, @QueryParam("expand") String expand) {
        Where where = new Where();
        Reads.status(where, status, "e.concept");
        var datum = Reads.date(datumGeldigheid, "datumGeldigheid");
        if (datum != null) {
            where.and(nl.zgw.catalogi.persistence.CatalogiQueries.validOn("e")).param("d", datum);
        }
        reads.representations().at(datum);
        if (catalogus != null) {
            reads.url(catalogus, "catalogus", CATALOGUSSEN)
                    .ifPresent(u -> where.and("e.catalogus.uuid = :catalogus", "catalogus", u));
        }
        if (identificatie != null) {
            where.and("e.identificatie = :identificatie", "identificatie", identificatie);
        }
        if (trefwoorden != null) {
            List<String> wanted = CatalogusResource.split(trefwoorden);
            for (int i = 0; i < wanted.size(); i++) {
                where.and("array_contains(e.trefwoorden, :t" + i + ")", "t" + i, wanted.get(i));
            }
        }
        return reads.list(Zaaktype.class, "e", "", "join fetch e.catalogus", where, "e.id", page, ZAAKTYPEN, expand,
                reads.representations()::zaaktypen);
    }

    @POST
    @RequiresScope(SCHRIJVEN)
    public Response create(@NotNull @Valid ZaaktypeRequest body) {
        Zaaktype t = service.create(body);
        return Response.created(URI.create(reads.location(ZAAKTYPEN, t.uuid))).entity(fresh(t.uuid)).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson read(@PathParam("uuid") UUID uuid, @QueryParam("datumGeldigheid") String datumGeldigheid, @QueryParam("expand") String expand) {
        reads.representations().at(Reads.date(datumGeldigheid, "datumGeldigheid"));
        return reads.detail(Zaaktype.class, ZAAKTYPEN, uuid, expand, reads.representations()::zaaktypen);
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson head(@PathParam("uuid") UUID uuid) {
        return reads.detail(Zaaktype.class, ZAAKTYPEN, uuid, null, reads.representations()::zaaktypen);
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public ObjectNode update(@PathParam("uuid") UUID uuid, @NotNull @Valid ZaaktypeRequest body) {
        return fresh(service.update(uuid, body).uuid);
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        return fresh(service.patch(uuid, body).uuid);
    }

    /** 1.3.3 documents 200 for this DELETE. */
    @DELETE
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_VERWIJDEREN})
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.ok().build();
    }

    @POST
    @Path("{uuid}/publish")
    @RequiresScope(SCHRIJVEN)
    public ObjectNode publish(@PathParam("uuid") UUID uuid) {
        return fresh(service.publish(uuid).uuid);
    }

    private ObjectNode fresh(UUID uuid) {
        return reads.fresh(Zaaktype.class, uuid, reads.representations()::zaaktypen);
    }
}
