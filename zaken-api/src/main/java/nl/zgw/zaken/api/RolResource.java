package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.service.RolService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static nl.zgw.zaken.config.ZakenApi.ROOT;

/** /rollen: list, create, read, HEAD, DELETE, and the extension PUT (as Open Zaak offers it). */
@Path(ROOT + "/rollen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RolResource {

    private final RolService service;
    private final RolRepresentation representation;
    private final DelenExpander expander;

    public RolResource(RolService service, RolRepresentation representation, DelenExpander expander) {
        this.service = service;
        this.representation = representation;
        this.expander = expander;
    }

    @GET
    @RequiresScope(Scopes.Zrc.LEZEN)
    @FilteredBy(RolFilters.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        Expansie expansie = expander.parse("rollen", expand);
        Page<ObjectNode> result = service.list(RolFilters.FILTERS.parse(uriInfo.getQueryParameters()),
                PageRequest.of(page));
        expander.expand("rollen", result.results(), expansie);
        return result;
    }

    @POST
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public Response create(@Valid @NotNull RolRequest body) {
        ObjectNode rol = representation.render(service.create(body));
        return Response.created(URI.create(rol.get("url").asText())).entity(rol).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        Expansie expansie = expander.parse("rollen", expand);
        ObjectNode rol = representation.render(service.read(uuid));
        expander.expand("rollen", List.of(rol), expansie);
        return rol;
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode head(@PathParam("uuid") UUID uuid) {
        return representation.render(service.read(uuid));
    }

    /** Extension (not in the 1.7.0 file): replaces the rol, as Open Zaak allows; Valtimo/GZAC rely on it. */
    @PUT
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public ObjectNode update(@PathParam("uuid") UUID uuid, @Valid @NotNull RolRequest body) {
        return representation.render(service.update(uuid, body));
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
