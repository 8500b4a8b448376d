package nl.zgw.zaken.api;

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
import nl.zgw.zaken.domain.Rol;
import nl.zgw.zaken.service.RolService;

import static nl.zgw.zaken.config.ZakenApi.ROOT;

/**
 * /rollen: list, create, read, HEAD, DELETE, and the extension PUT (not in the 1.7.0 file: replaces the rol, as Open
 * Zaak allows; Valtimo/GZAC rely on it).
 */
@Path(ROOT + "/rollen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RolResource extends ZaakDeelResource<Rol, RolRequest> {

    public RolResource(RolService service, RolRepresentation representation, DelenExpander expander) {
        super("rollen", service, representation::render, expander);
    }

    @GET
    @RequiresScope(Scopes.Zrc.LEZEN)
    @FilteredBy(RolFilters.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        return list(RolFilters.FILTERS, page, expand, uriInfo);
    }
}
