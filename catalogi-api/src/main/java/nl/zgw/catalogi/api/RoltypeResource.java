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
import nl.zgw.catalogi.service.ZaaktypeOnderdelenService;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.RequiresScope;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.*;

/** /roltypen: types of one zaaktype version (ztc-010 applies once it is published). */
@Path(ROOT + "/roltypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoltypeResource {

    private final Reads reads;
    private final ZaaktypeOnderdelenService service;

    public RoltypeResource(Reads reads, ZaaktypeOnderdelenService service) {
        this.reads = reads;
        this.service = service;
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public Page<ObjectNode> list(@BeanParam ZaaktypeOnderdeelFilters filters,
                                 @QueryParam("omschrijvingGeneriek") String omschrijvingGeneriek) {
        Where where = filters.where(reads);
        if (omschrijvingGeneriek != null) {
            Reads.choice(omschrijvingGeneriek, "omschrijvingGeneriek", List.of("adviseur", "behandelaar",
                    "belanghebbende", "beslisser", "initiator", "klantcontacter", "zaakcoordinator",
                    "mede_initiator"));
            where.and("e.omschrijvingGeneriek = :og", "og", omschrijvingGeneriek);
        }
        return reads.list(Roltype.class, "e", "join e.zaaktype z", "join fetch e.zaaktype z join fetch z.catalogus",
                where, "e.id", filters.page, ROLTYPEN, filters.expand, reads.representations()::roltypen);
    }

    @POST
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public Response create(@NotNull @Valid RoltypeRequest body) {
        UUID uuid = service.saveRoltype(null, body).uuid;
        return Response.created(URI.create(reads.location(ROLTYPEN, uuid))).entity(fresh(uuid)).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return reads.detail(Roltype.class, ROLTYPEN, uuid, expand, reads.representations()::roltypen);
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
    public ObjectNode update(@PathParam("uuid") UUID uuid, @NotNull @Valid RoltypeRequest body) {
        return fresh(service.saveRoltype(uuid, body).uuid);
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        return fresh(service.patchRoltype(uuid, body).uuid);
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_VERWIJDEREN})
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(Roltype.class, ROLTYPEN, "roltype", uuid);
        return Response.noContent().build();
    }

    private ObjectNode fresh(UUID uuid) {
        return reads.fresh(Roltype.class, uuid, reads.representations()::roltypen);
    }
}
