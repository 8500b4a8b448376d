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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.service.ZaakBesluitService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** /zaken/{zaak_uuid}/besluiten (list as a plain array, create, read, DELETE): for the Besluiten API's sync. */
@Path(ZakenApi.ROOT + "/zaken/{zaak_uuid}/besluiten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakBesluitResource {

    private final ZaakBesluitService service;
    private final ZaakBesluitRepresentation representation;
    private final ZaakBesluitExpander expander;

    public ZaakBesluitResource(ZaakBesluitService service, ZaakBesluitRepresentation representation,
                               ZaakBesluitExpander expander) {
        this.service = service;
        this.representation = representation;
        this.expander = expander;
    }

    @GET
    @RequiresScope(Scopes.Zrc.LEZEN)
    public List<ObjectNode> list(@PathParam("zaak_uuid") UUID zaak, @QueryParam("expand") String expand) {
        var expansie = expander.parse(expand);
        List<ObjectNode> nodes = representation.render(service.list(zaak));
        expander.expand(nodes, expansie);
        return nodes;
    }

    @POST
    @RequiresScope(Scopes.Zrc.BIJWERKEN)
    public Response create(@PathParam("zaak_uuid") UUID zaak, @Valid @NotNull ZaakBesluitRequest body) {
        ObjectNode zb = representation.render(service.create(zaak, body.besluit()));
        return Response.created(URI.create(zb.get("url").asText())).entity(zb).build();
    }

    @GET
    @Path("{uuid}")
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode read(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid,
                           @QueryParam("expand") String expand) {
        var expansie = expander.parse(expand);
        ObjectNode node = representation.render(service.get(zaak, uuid));
        expander.expand(List.of(node), expansie);
        return node;
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope(Scopes.Zrc.BIJWERKEN)
    public Response delete(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid) {
        service.delete(zaak, uuid);
        return Response.noContent().build();
    }
}
