package nl.zgw.documenten.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.documenten.service.VerzendingService;

/** /verzendingen: list (paginated), create, read, HEAD, PUT, PATCH, DELETE. */
@Path(EioResource.ROOT + "/verzendingen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerzendingResource extends WijzigbaarDocumentDeelResource<VerzendingService, VerzendingRequest> {

    public VerzendingResource(VerzendingService service) {
        super(service);
    }

    @GET
    @RequiresScope(Scopes.Drc.LEZEN)
    @FilteredBy(VerzendingFilters.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        return service.list(VerzendingFilters.FILTERS.parse(uriInfo.getQueryParameters()), page, expand);
    }
}
