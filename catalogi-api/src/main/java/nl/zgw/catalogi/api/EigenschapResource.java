package nl.zgw.catalogi.api;

import nl.zgw.catalogi.domain.invoer.EigenschapInvoer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.catalogi.api.render.EigenschapRenderer;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.service.EigenschapService;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.autorisaties.RequiresScope;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.domain.Collecties.*;

/** /eigenschappen: types of one zaaktype version (ztc-010 applies once it is published). */
@Path(ROOT + "/eigenschappen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EigenschapResource extends ZaaktypeOnderdeelResource<Eigenschap, EigenschapInvoer> {

    public EigenschapResource(Reads reads, EigenschapService service, EigenschapRenderer renderer) {
        super(reads, service, renderer);
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    @FilteredBy(ZaaktypeOnderdeelFilters.Eigenschappen.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        return list(ZaaktypeOnderdeelFilters.Eigenschappen.FILTERS.parse(uriInfo.getQueryParameters()), page, expand);
    }
}
