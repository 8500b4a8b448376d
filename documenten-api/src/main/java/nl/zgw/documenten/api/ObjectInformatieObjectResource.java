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
import java.util.List;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.documenten.service.ObjectInformatieObjectService;

/** /objectinformatieobjecten: list (an array), create, read, HEAD, DELETE. */
@Path(EioResource.ROOT + "/objectinformatieobjecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObjectInformatieObjectResource
        extends DocumentDeelResource<ObjectInformatieObjectService, ObjectInformatieObjectRequest> {

    public ObjectInformatieObjectResource(ObjectInformatieObjectService service) {
        super(service);
    }

    @GET
    @RequiresScope(Scopes.Drc.LEZEN)
    @FilteredBy(ObjectInformatieObjectFilters.class)
    public List<ObjectNode> list(@QueryParam("expand") String expand, @Context UriInfo uriInfo) {
        return service.list(ObjectInformatieObjectFilters.FILTERS.parse(uriInfo.getQueryParameters()), expand);
    }
}
