package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
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
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.request.PatchMerger;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.ZaakInformatieObject;
import nl.zgw.zaken.service.ZaakInformatieObjectService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** /zaakinformatieobjecten (list as a plain array, create, read, HEAD, PUT, PATCH, DELETE). */
@Path(ZakenApi.ROOT + "/zaakinformatieobjecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakInformatieObjectResource {

    private final ZaakInformatieObjectService service;
    private final ZaakInformatieObjectRepresentation representation;
    private final ZaakInformatieObjectExpander expander;
    private final PatchMerger patches;

    public ZaakInformatieObjectResource(ZaakInformatieObjectService service,
                                        ZaakInformatieObjectRepresentation representation,
                                        ZaakInformatieObjectExpander expander, PatchMerger patches) {
        this.service = service;
        this.representation = representation;
        this.expander = expander;
        this.patches = patches;
    }

    @GET
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    @FilteredBy(ZaakInformatieObjectFilters.class)
    public List<ObjectNode> list(@QueryParam("expand") String expand, @Context UriInfo uriInfo) {
        var expansie = expander.parse(expand);
        List<ObjectNode> nodes = representation.render(
                service.list(ZaakInformatieObjectFilters.FILTERS.parse(uriInfo.getQueryParameters())));
        expander.expand(nodes, expansie);
        return nodes;
    }

    @POST
    @RequiresScope({Scopes.Zrc.AANMAKEN, Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public Response create(@Valid @NotNull ZaakInformatieObjectRequest body) {
        ObjectNode zio = representation.render(service.create(body.opdracht()));
        return Response.created(URI.create(zio.get("url").asText())).entity(zio).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        var expansie = expander.parse(expand);
        ObjectNode node = representation.render(service.get(uuid));
        expander.expand(List.of(node), expansie);
        return node;
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode head(@PathParam("uuid") UUID uuid) {
        return representation.render(service.get(uuid));
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public ObjectNode update(@PathParam("uuid") UUID uuid, @Valid @NotNull ZaakInformatieObjectRequest body) {
        return representation.render(service.update(uuid, body.opdracht(), "update"));
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        ZaakInformatieObject huidig = service.voorWijziging(uuid);
        ZaakInformatieObjectRequest merged = patches.merge(representation.request(huidig), body,
                ZaakInformatieObjectRequest.class);
        return representation.render(service.update(uuid, merged.opdracht(), "partial_update"));
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN, Scopes.Zrc.VERWIJDEREN})
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
