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
import java.util.UUID;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.*;

/** /eigenschappen: types of one zaaktype version (ztc-010 applies once it is published). */
@Path(ROOT + "/eigenschappen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EigenschapResource {

    private final Reads reads;
    private final ZaaktypeOnderdelenService service;

    public EigenschapResource(Reads reads, ZaaktypeOnderdelenService service) {
        this.reads = reads;
        this.service = service;
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public Page<ObjectNode> list(@BeanParam ZaaktypeOnderdeelFilters filters) {
        Where where = filters.where(reads);
        return reads.list(Eigenschap.class, "e", "join e.zaaktype z", "join fetch e.zaaktype z join fetch z.catalogus",
                where, "e.id", filters.page, EIGENSCHAPPEN, filters.expand, reads.representations()::eigenschappen);
    }

    @POST
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public Response create(@NotNull @Valid EigenschapRequest body) {
        UUID uuid = service.saveEigenschap(null, body).uuid;
        return Response.created(URI.create(reads.location(EIGENSCHAPPEN, uuid))).entity(fresh(uuid)).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return reads.detail(Eigenschap.class, EIGENSCHAPPEN, uuid, expand, reads.representations()::eigenschappen);
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
    public ObjectNode update(@PathParam("uuid") UUID uuid, @NotNull @Valid EigenschapRequest body) {
        return fresh(service.saveEigenschap(uuid, body).uuid);
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        return fresh(service.patchEigenschap(uuid, body).uuid);
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_VERWIJDEREN})
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(Eigenschap.class, EIGENSCHAPPEN, "eigenschap", uuid);
        return Response.noContent().build();
    }

    private ObjectNode fresh(UUID uuid) {
        return reads.fresh(Eigenschap.class, uuid, reads.representations()::eigenschappen);
    }
}
