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

/** /zaakverzoeken. */
@Path(ZakenApi.ROOT + "/zaakverzoeken")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakVerzoekResource extends ZaakExterneRelatieResource<ZaakVerzoekRequest> {

    public ZaakVerzoekResource(ZaakExterneRelaties service) {
        super(ExterneRelatieSoort.VERZOEK, service);
    }

    @GET
    @RequiresScope(Scopes.Zrc.LEZEN)
    @FilteredBy(ZaakVerzoekFilters.class)
    public List<ObjectNode> list(@Context UriInfo uriInfo) {
        return list(ZaakVerzoekFilters.FILTERS, uriInfo);
    }
}
