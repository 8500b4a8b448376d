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
import nl.zgw.catalogi.service.BesluittypeService;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.RequiresScope;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.*;

/** /besluittypen: list with the OAS filters, concept CRUD, publish, HEAD/ETag. */
@Path(ROOT + "/besluittypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BesluittypeResource {

    private final Reads reads;
    private final BesluittypeService service;

    public BesluittypeResource(Reads reads, BesluittypeService service) {
        this.reads = reads;
        this.service = service;
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public Page<ObjectNode> list(@QueryParam("catalogus") String catalogus,
                                 @QueryParam("zaaktypen") String zaaktypen,
                                 @QueryParam("informatieobjecttypen") String informatieobjecttypen,
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
        if (zaaktypen != null) {
            reads.url(zaaktypen, "zaaktypen", ZAAKTYPEN).ifPresent(u -> {
                var z = reads.queries().byUuid(Zaaktype.class, u);
                if (z.isEmpty() || z.get().besluittypen.length == 0) {
                    where.and("1 = 0");
                } else {
                    where.and("e.catalogus.id = :zc", "zc", z.get().catalogus.id)
                            .and("e.omschrijving in :zb", "zb", List.of(z.get().besluittypen));
                }
            });
        }
        if (informatieobjecttypen != null) {
            reads.url(informatieobjecttypen, "informatieobjecttypen", INFORMATIEOBJECTTYPEN).ifPresent(u -> {
                var iot = reads.queries().byUuid(Informatieobjecttype.class, u);
                if (iot.isEmpty()) {
                    where.and("1 = 0");
                } else {
                    where.and("e.catalogus.id = :ic", "ic", iot.get().catalogus.id)
                            .and("array_contains(e.informatieobjecttypen, :io)", "io", iot.get().omschrijving);
                }
            });
        }
        return reads.list(Besluittype.class, "e", "", "join fetch e.catalogus", where, "e.id", page, BESLUITTYPEN, expand,
                reads.representations()::besluittypen);
    }

    @POST
    @RequiresScope(SCHRIJVEN)
    public Response create(@NotNull @Valid BesluittypeRequest body) {
        Besluittype t = service.create(body);
        return Response.created(URI.create(reads.location(BESLUITTYPEN, t.uuid))).entity(fresh(t.uuid)).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {

        return reads.detail(Besluittype.class, BESLUITTYPEN, uuid, expand, reads.representations()::besluittypen);
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson head(@PathParam("uuid") UUID uuid) {
        return reads.detail(Besluittype.class, BESLUITTYPEN, uuid, null, reads.representations()::besluittypen);
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public ObjectNode update(@PathParam("uuid") UUID uuid, @NotNull @Valid BesluittypeRequest body) {
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
        return reads.fresh(Besluittype.class, uuid, reads.representations()::besluittypen);
    }
}
