package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.service.ExterneRelatieSoort;
import nl.zgw.zaken.service.ZaakExterneRelaties;

import java.util.List;

/** /zaakcontactmomenten. */
@Path(ZakenApi.ROOT + "/zaakcontactmomenten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakContactmomentResource extends ZaakExterneRelatieResource<ZaakContactmomentRequest> {

    public ZaakContactmomentResource(ZaakExterneRelaties service) {
        super(ExterneRelatieSoort.CONTACTMOMENT, service);
    }

    @GET
    @RequiresScope(Scopes.Zrc.LEZEN)
    @FilteredBy(ZaakContactmomentFilters.class)
    public List<ObjectNode> list(@Context UriInfo uriInfo) {
        return list(ZaakContactmomentFilters.FILTERS, uriInfo);
    }
}
