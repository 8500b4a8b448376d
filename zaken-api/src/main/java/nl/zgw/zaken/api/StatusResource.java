package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.service.StatusService;

import java.net.URI;
import java.util.UUID;

/** /statussen: immutable statussen of a zaak; setting one may close or reopen the zaak. */
@Path(ZakenApi.ROOT + "/statussen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatusResource {

    private final StatusService service;
    private final StatusRepresentation representation;
    private final SubresourceExpander expander;

    public StatusResource(StatusService service, StatusRepresentation representation, SubresourceExpander expander) {
        this.service = service;
        this.representation = representation;
        this.expander = expander;
    }

    @GET
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    @FilteredBy(StatusFilters.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        var expansie = expander.parse(StatusRepresentation.STATUSSEN, expand);
        Page<ObjectNode> result = service.list(StatusFilters.FILTERS.parse(uriInfo.getQueryParameters()),
                PageRequest.of(page));
        expander.expand(StatusRepresentation.STATUSSEN, result.results(), expansie);
        return result;
    }

    @POST
    @RequiresScope({Scopes.Zrc.AANMAKEN, Scopes.Zrc.STATUSSEN_TOEVOEGEN, Scopes.Zrc.HEROPENEN})
    public Response create(@Valid @NotNull StatusRequest body) {
        ObjectNode status = representation.render(service.create(body));
        return Response.created(URI.create(status.get("url").asText())).entity(status).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        var expansie = expander.parse(StatusRepresentation.STATUSSEN, expand);
        ObjectNode status = representation.render(service.get(uuid));
        expander.expand(StatusRepresentation.STATUSSEN, java.util.List.of(status), expansie);
        return status;
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode head(@PathParam("uuid") UUID uuid) {
        return representation.render(service.get(uuid));
    }
}
