package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.domain.ZaakObject;
import nl.zgw.zaken.service.ZaakObjectService;

import java.util.UUID;

import static nl.zgw.zaken.config.ZakenApi.ROOT;

/** /zaakobjecten: list, create, read, HEAD, PUT, PATCH, DELETE. */
@Path(ROOT + "/zaakobjecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakObjectResource extends ZaakDeelResource<ZaakObject, ZaakObjectRequest> {

    private final ZaakObjectService service;

    public ZaakObjectResource(ZaakObjectService service, ZaakObjectRepresentation representation,
                              DelenExpander expander) {
        super("zaakobjecten", service, representation::render, expander);
        this.service = service;
    }

    @GET
    @RequiresScope(Scopes.Zrc.LEZEN)
    @FilteredBy(ZaakObjectFilters.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        return list(ZaakObjectFilters.FILTERS, page, expand, uriInfo);
    }

    @PATCH
    @Path("{uuid}")
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public ObjectNode patch(@PathParam("uuid") UUID uuid, JsonNode body) {
        return render(service.patch(uuid, body));
    }
}
