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
import nl.zgw.catalogi.service.InformatieobjecttypeService;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.RequiresScope;

import java.net.URI;
import java.util.UUID;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.*;

/** /informatieobjecttypen: list with the OAS filters, concept CRUD, publish, HEAD/ETag. */
@Path(ROOT + "/informatieobjecttypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InformatieobjecttypeResource {

    private final Reads reads;
    private final InformatieobjecttypeService service;

    public InformatieobjecttypeResource(Reads reads, InformatieobjecttypeService service) {
        this.reads = reads;
        this.service = service;
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public Page<ObjectNode> list(@QueryParam("catalogus") String catalogus,
                                 @QueryParam("omschrijving") String omschrijving,
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
        if (omschrijving != null) {
            where.and("e.omschrijving = :omschrijving", "omschrijving", omschrijving);
        }
        return reads.list(Informatieobjecttype.class, "e", "", "join fetch e.catalogus", where, "e.id", page, INFORMATIEOBJECTTYPEN, expand,
                reads.representations()::informatieobjecttypen);
    }

    @POST
    @RequiresScope(SCHRIJVEN)
    public Response create(@NotNull @Valid InformatieobjecttypeRequest body) {
        Informatieobjecttype t = service.create(body);
        return Response.created(URI.create(reads.location(INFORMATIEOBJECTTYPEN, t.uuid))).entity(fresh(t.uuid)).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {

        return reads.detail(Informatieobjecttype.class, INFORMATIEOBJECTTYPEN, uuid, expand, reads.representations()::informatieobjecttypen);
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson head(@PathParam("uuid") UUID uuid) {
        return reads.detail(Informatieobjecttype.class, INFORMATIEOBJECTTYPEN, uuid, null, reads.representations()::informatieobjecttypen);
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public ObjectNode update(@PathParam("uuid") UUID uuid, @NotNull @Valid InformatieobjecttypeRequest body) {
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
        return reads.fresh(Informatieobjecttype.class, uuid, reads.representations()::informatieobjecttypen);
    }
}
