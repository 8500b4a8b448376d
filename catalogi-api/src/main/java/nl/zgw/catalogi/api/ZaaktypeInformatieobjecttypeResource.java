package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.persistence.CatalogiQueries.Where;
import nl.zgw.catalogi.service.ZaaktypeOnderdelenService;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.RequiresScope;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.*;

/** /zaaktype-informatieobjecttypen: types of one zaaktype version (ztc-010 applies once it is published). */
@Path(ROOT + "/zaaktype-informatieobjecttypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaaktypeInformatieobjecttypeResource {

    private final Reads reads;
    private final ZaaktypeOnderdelenService service;

    public ZaaktypeInformatieobjecttypeResource(Reads reads, ZaaktypeOnderdelenService service) {
        this.reads = reads;
        this.service = service;
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})

    public Page<ObjectNode> list(@QueryParam("zaaktype") String zaaktype,
                                 @QueryParam("informatieobjecttype") String informatieobjecttype,
                                 @QueryParam("richting") String richting,
                                 @QueryParam("status") String status,
                                 @QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @jakarta.ws.rs.core.Context UriInfo uriInfo) {
        Where where = new Where();
        reads.url(zaaktype, "zaaktype", ZAAKTYPEN).ifPresent(u -> where.and("z.uuid = :zaaktype", "zaaktype", u));
        Reads.status(where, status, "z.concept");
        Reads.choice(richting, "richting", List.of("inkomend", "intern", "uitgaand"));
        if (richting != null) {
            where.and("e.richting = :richting", "richting", richting);
        }
        reads.url(informatieobjecttype, "informatieobjecttype", INFORMATIEOBJECTTYPEN).ifPresent(u -> {
            var iot = reads.queries().byUuid(Informatieobjecttype.class, u);
            if (iot.isEmpty()) {
                where.and("1 = 0");
            } else {
                where.and("e.informatieobjecttype = :io", "io", iot.get().omschrijving)
                        .and("z.catalogus.id = :ioc", "ioc", iot.get().catalogus.id);
            }
        });
        return reads.list(ZaaktypeInformatieobjecttype.class, "e", "join e.zaaktype z", "join fetch e.zaaktype z join fetch z.catalogus",
                where, "z.id, e.volgnummer", page, ZIOT, expand, reads.representations()::zaaktypeInformatieobjecttypen);
    }

    @POST
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public Response create(@NotNull @Valid ZaaktypeInformatieobjecttypeRequest body) {
        UUID uuid = service.saveZiot(null, body).uuid;
        return Response.created(URI.create(reads.location(ZIOT, uuid))).entity(fresh(uuid)).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return reads.detail(ZaaktypeInformatieobjecttype.class, ZIOT, uuid, expand, reads.representations()::zaaktypeInformatieobjecttypen);
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
    public ObjectNode update(@PathParam("uuid") UUID uuid, @NotNull @Valid ZaaktypeInformatieobjecttypeRequest body) {
        return fresh(service.saveZiot(uuid, body).uuid);
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        return fresh(service.patchZiot(uuid, body).uuid);
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_VERWIJDEREN})
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(ZaaktypeInformatieobjecttype.class, ZIOT, "zaaktypeinformatieobjecttype", uuid);
        return Response.noContent().build();
    }

    private ObjectNode fresh(UUID uuid) {
        return reads.fresh(ZaaktypeInformatieobjecttype.class, uuid, reads.representations()::zaaktypeInformatieobjecttypen);
    }
}
