package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;
import nl.zgw.catalogi.api.render.Renderer;
import nl.zgw.catalogi.domain.ZaaktypeOnderdeel;
import nl.zgw.catalogi.service.ZaaktypeOnderdeelService;
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
 * The operations every type of a zaaktype version shares (statustypen, roltypen, eigenschappen, resultaattypen,
 * zaaktype-informatieobjecttypen, zaakobjecttypen): create, detail GET/HEAD, PUT, PATCH and DELETE. Subclasses are
 * the concrete {@code @Path} classes and add the list with their filters; ztc-010 is the service's.
 */
public abstract class ZaaktypeOnderdeelResource<T extends ZaaktypeOnderdeel, R> {

    @Inject
    PatchMerger merger;
    protected final Reads reads;
    private final ZaaktypeOnderdeelService<T, R> service;
    private final Renderer<T> renderer;

    protected ZaaktypeOnderdeelResource(Reads reads, ZaaktypeOnderdeelService<T, R> service, Renderer<T> renderer) {
        this.reads = reads;
        this.service = service;
        this.renderer = renderer;
    }

    @POST
    @RequiresScope({SCHRIJVEN, GEFORCEERD_SCHRIJVEN})
    public Response create(@NotNull @Valid R body) {
        UUID uuid = service.save(null, body).uuid;
        return Response.created(URI.create(reads.location(renderer.collection(), uuid))).entity(fresh(uuid)).build();
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
    public ObjectNode update(@PathParam("uuid") UUID uuid, @NotNull @Valid R body) {
        return fresh(service.save(uuid, body).uuid);
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

    /** One page of parts joined to their zaaktype {@code z} (and its catalogus), as the subclass's list filters. */
    protected Page<ObjectNode> list(Selection selection, String page, String expand) {
        ListQuery<T> query = ListQuery.of(renderer.type(), "e").join("join e.zaaktype z")
                .fetch("join fetch e.zaaktype z join fetch z.catalogus")
                .where(selection.where()).orderBy(selection.order());
        return reads.list(query, page, renderer, expand,
                selection.value(VersionedTypeFilters.DATUM_GELDIGHEID, LocalDate.class));
    }

    private ObjectNode fresh(UUID uuid) {
        return reads.fresh(renderer, uuid);
    }
}
