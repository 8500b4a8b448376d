package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.service.ZaakVerzoekService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** /zaakverzoeken (list as a plain array, create, read, DELETE). */
@Path(ZakenApi.ROOT + "/zaakverzoeken")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakVerzoekResource {

    private final ZaakVerzoekService service;
    private final ZaakVerzoekRepresentation representation;

    public ZaakVerzoekResource(ZaakVerzoekService service,
                                     ZaakVerzoekRepresentation representation) {
        this.service = service;
        this.representation = representation;
    }

    @GET
    @RequiresScope(Scopes.Zrc.LEZEN)
    @FilteredBy(ZaakVerzoekFilters.class)
    public List<ObjectNode> list(@Context UriInfo uriInfo) {
        return representation.render(
                service.list(ZaakVerzoekFilters.FILTERS.parse(uriInfo.getQueryParameters())));
    }

    @POST
    @RequiresScope(Scopes.Zrc.BIJWERKEN)
    public Response create(@Valid @NotNull ZaakVerzoekRequest body) {
        ObjectNode zv = representation.render(service.create(body.zaak(), body.verzoek()));
        return Response.created(URI.create(zv.get("url").asText())).entity(zv).build();
    }

    @GET
    @Path("{uuid}")
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid) {
        return representation.render(service.get(uuid));
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope(Scopes.Zrc.BIJWERKEN)
    public Response delete(@PathParam("uuid") UUID uuid) {
        service.delete(uuid);
        return Response.noContent().build();
    }
}
