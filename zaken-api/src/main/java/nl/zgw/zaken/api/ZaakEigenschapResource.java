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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.service.ZaakEigenschapService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** /zaken/{zaak_uuid}/zaakeigenschappen: the eigenschappen of one zaak (a plain array, no paging). */
@Path(ZakenApi.ROOT + "/zaken/{zaak_uuid}/zaakeigenschappen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakEigenschapResource {

    private final ZaakEigenschapService service;
    private final ZaakEigenschapRepresentation representation;

    public ZaakEigenschapResource(ZaakEigenschapService service, ZaakEigenschapRepresentation representation) {
        this.service = service;
        this.representation = representation;
    }

    @GET
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public List<ObjectNode> list(@PathParam("zaak_uuid") UUID zaak) {
        return representation.render(service.list(zaak));
    }

    @POST
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public Response create(@PathParam("zaak_uuid") UUID zaak, @Valid @NotNull ZaakEigenschapRequest body) {
        ObjectNode e = representation.render(service.create(zaak, body));
        return Response.created(URI.create(e.get("url").asText())).entity(e).build();
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode read(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid) {
        return representation.render(service.get(zaak, uuid));
    }

    @HEAD
    @Path("{uuid}")
    @ETagged
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode head(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid) {
        return read(zaak, uuid);
    }

    @PUT
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public ObjectNode update(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid,
                             @Valid @NotNull ZaakEigenschapRequest body) {
        return representation.render(service.update(zaak, uuid, body));
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public ObjectNode patch(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid, JsonNode body) {
        return representation.render(service.patch(zaak, uuid, body));
    }

    @DELETE
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public Response delete(@PathParam("zaak_uuid") UUID zaak, @PathParam("uuid") UUID uuid) {
        service.delete(zaak, uuid);
        return Response.noContent().build();
    }
}
