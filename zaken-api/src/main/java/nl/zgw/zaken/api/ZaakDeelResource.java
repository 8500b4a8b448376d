package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.http.Created;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.service.ZaakDeelService;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The operations of a sub-resource of a zaak with {@code expand} (create, read, HEAD, PUT, DELETE), with the zaak's
 * scopes, declared once. A subclass gives the path, its representation and the paginated list with its own filters
 * ({@code @FilteredBy} is read from the list method itself); JAX-RS inherits these methods as they are not overridden.
 *
 * @param <E> the sub-resource's entity
 * @param <R> the body of its POST and PUT
 */
public abstract class ZaakDeelResource<E, R> {

    private final String collectie;
    private final ZaakDeelService<E, R> service;
    private final Function<E, ObjectNode> representation;
    private final DelenExpander expander;

    protected ZaakDeelResource(String collectie, ZaakDeelService<E, R> service,
                               Function<E, ObjectNode> representation, DelenExpander expander) {
        this.collectie = collectie;
        this.service = service;
        this.representation = representation;
        this.expander = expander;
    }

    /** The list; the subclass's GET declares its filters and calls this. */
    protected Page<ObjectNode> list(Filters filters, String page, String expand, UriInfo uriInfo) {
        Expansie expansie = expander.parse(collectie, expand);
        Page<ObjectNode> result = service.list(filters.parse(uriInfo.getQueryParameters()), PageRequest.of(page));
        expander.expand(collectie, result.results(), expansie);
        return result;
    }

    protected ObjectNode render(E deel) {
        return representation.apply(deel);
    }

    @POST
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public Response create(@Valid @NotNull R body) {
        return Created.of(render(service.create(body)));
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        Expansie expansie = expander.parse(collectie, expand);
        ObjectNode deel = render(service.read(uuid));
        expander.expand(collectie, List.of(deel), expansie);
        return deel;
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode head(@PathParam("uuid") UUID uuid) {
        return render(service.read(uuid));
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public ObjectNode update(@PathParam("uuid") UUID uuid, @Valid @NotNull R body) {
        return render(service.update(uuid, body));
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
