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
import nl.zgw.documenten.service.GebruiksrechtService;

/** /gebruiksrechten: list (an array), create, read, HEAD, PUT, PATCH, DELETE. */
@Path(EioResource.ROOT + "/gebruiksrechten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GebruiksrechtResource extends WijzigbaarDocumentDeelResource<GebruiksrechtService, GebruiksrechtRequest> {

    public GebruiksrechtResource(GebruiksrechtService service) {
        super(service);
    }

    @GET
    @RequiresScope(Scopes.Drc.LEZEN)
    @FilteredBy(GebruiksrechtFilters.class)
    public List<ObjectNode> list(@QueryParam("expand") String expand, @Context UriInfo uriInfo) {
        return service.list(GebruiksrechtFilters.FILTERS.parse(uriInfo.getQueryParameters()), expand);
    }
}
