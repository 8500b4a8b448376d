package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;
import nl.zgw.catalogi.domain.VersionedType;
import nl.zgw.catalogi.service.VersionedTypeService;
import nl.zgw.common.filter.Selection;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.query.ListQuery;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import static nl.zgw.catalogi.api.Reads.*;

/**
 * The operations every versioned top type shares (zaaktypen, informatieobjecttypen, besluittypen): create, HEAD,
 * PUT, PATCH, DELETE (204, like every other ZGW DELETE, where 1.3.3 lists 200) and publish. Subclasses are the
 * concrete {@code @Path} classes and
 * add their list and detail GET, whose parameters differ.
 */
public abstract class VersionedTypeResource<T extends VersionedType, R extends VersionedTypeRequest> {

    protected final Reads reads;
    private final VersionedTypeService<T, R> service;
    private final Class<T> type;
    private final String collection;
    private final BiFunction<Representations, List<T>, List<ObjectNode>> render;

    protected VersionedTypeResource(Reads reads, VersionedTypeService<T, R> service, Class<T> type,
                                    String collection, BiFunction<Representations, List<T>, List<ObjectNode>> render) {
        this.reads = reads;
        this.service = service;
        this.type = type;
        this.collection = collection;
        this.render = render;
    }

    @POST
    @RequiresScope(SCHRIJVEN)
    public Response create(@NotNull @Valid R body) {
        T t = service.create(body);
        return Response.created(URI.create(reads.location(collection, t.uuid))).entity(fresh(t.uuid)).build();
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson head(@PathParam("uuid") UUID uuid) {
        return detail(uuid, null);
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
        return fresh(service.patch(uuid, body).uuid);
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
        ListQuery<T> query = ListQuery.of(type, "e").fetch("join fetch e.catalogus")
                .where(selection.where()).orderBy(selection.order());
        return reads.list(query, page, collection, expand,
                selection.value(VersionedTypeFilters.DATUM_GELDIGHEID, LocalDate.class), this::render);
    }

    /** The (cached) detail, for the subclass's GET. */
    protected RenderedJson detail(UUID uuid, String expand) {
        return reads.detail(type, collection, uuid, expand, rows -> render.apply(reads.representations(), rows));
    }

    private List<ObjectNode> render(List<T> rows) {
        return render.apply(reads.representations(), rows);
    }

    private ObjectNode fresh(UUID uuid) {
        return reads.fresh(type, uuid, this::render);
    }
}
