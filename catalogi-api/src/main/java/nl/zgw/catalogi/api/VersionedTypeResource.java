package nl.zgw.catalogi.api;

import nl.zgw.catalogi.domain.invoer.VersionedTypeInvoer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;
import nl.zgw.catalogi.api.render.Renderer;
import nl.zgw.catalogi.domain.VersionedType;
import nl.zgw.catalogi.service.VersionedTypeService;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import static nl.zgw.catalogi.api.Reads.*;

/**
 * The operations every versioned top type shares (zaaktypen, informatieobjecttypen, besluittypen): create, HEAD,
 * PUT, PATCH, DELETE (204, like every other ZGW DELETE, where 1.3.3 lists 200) and publish. Subclasses are the
 * concrete {@code @Path} classes and
 * add their list and detail GET, whose parameters differ.
 */
public abstract class VersionedTypeResource<T extends VersionedType, R extends VersionedTypeInvoer> {

    @Inject
    PatchMerger merger;
    protected final Reads reads;
    private final VersionedTypeService<T, R> service;
    private final Renderer<T> renderer;

    protected VersionedTypeResource(Reads reads, VersionedTypeService<T, R> service, Renderer<T> renderer) {
        this.reads = reads;
        this.service = service;
        this.renderer = renderer;
    }

    @POST
    @RequiresScope(SCHRIJVEN)
    public Response create(@NotNull @Valid R body) {
        T t = service.create(body);
        return Response.created(URI.create(reads.location(renderer.collection(), t.uuid))).entity(fresh(t.uuid))
                .build();
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson head(@PathParam("uuid") UUID uuid) {
        return detail(uuid, null, null);
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public ObjectNode update(@PathParam("uuid") UUID uuid, @NotNull @Valid R body) {
        return fresh(service.update(uuid, body).uuid);
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        return fresh(service.patch(uuid, new PatchBody<>(merger, body, service.invoerType())).uuid);
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope({SCHRIJVEN, GEFORCEERD_VERWIJDEREN})
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }

    @POST
    @Path("{uuid}/publish")
    @RequiresScope(SCHRIJVEN)
    public ObjectNode publish(@PathParam("uuid") UUID uuid) {
        return fresh(service.publish(uuid).uuid);
    }

    /** One page of versions {@code e} with their catalogus, as the subclass's filter declaration selected. */
    protected Page<ObjectNode> list(Selection selection, String page, String expand) {
        ListQuery<T> query = ListQuery.of(renderer.type(), "e").fetch("join fetch e.catalogus")
                .where(selection.where()).orderBy(selection.order());
        return reads.list(query, page, renderer, expand,
                selection.value(VersionedTypeFilters.DATUM_GELDIGHEID, LocalDate.class));
    }

    /** The (cached) detail, for the subclass's GET, relations as valid on {@code on} (null: today). */
    protected RenderedJson detail(UUID uuid, String expand, LocalDate on) {
        return reads.detail(renderer, uuid, expand, on);
    }

    private ObjectNode fresh(UUID uuid) {
        return reads.fresh(renderer, uuid);
    }
}
