package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.service.KlantContactService;

import java.net.URI;
import java.util.UUID;

import static nl.zgw.zaken.config.ZakenApi.ROOT;

/** /klantcontacten (deprecated in the OAS, served as it describes): list, create, read. */
@Path(ROOT + "/klantcontacten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KlantContactResource {

    private final KlantContactService service;
    private final KlantContactRepresentation representation;

    public KlantContactResource(KlantContactService service, KlantContactRepresentation representation) {
        this.service = service;
        this.representation = representation;
    }

    @GET
    @RequiresScope(Scopes.Zrc.LEZEN)
    @FilteredBy(KlantContactFilters.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @Context UriInfo uriInfo) {
        return service.list(KlantContactFilters.FILTERS.parse(uriInfo.getQueryParameters()), PageRequest.of(page));
    }

    @POST
    @RequiresScope({Scopes.Zrc.BIJWERKEN, Scopes.Zrc.GEFORCEERD_BIJWERKEN})
    public Response create(@Valid @NotNull KlantContactRequest body) {
        ObjectNode k = representation.render(service.create(body));
        return Response.created(URI.create(k.get("url").asText())).entity(k).build();
    }

    @GET
    @Path("{uuid}")
    @RequiresScope(Scopes.Zrc.LEZEN)
    public ObjectNode read(@PathParam("uuid") UUID uuid) {
        return representation.render(service.read(uuid));
    }
}
