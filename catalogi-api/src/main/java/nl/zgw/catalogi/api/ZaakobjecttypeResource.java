package nl.zgw.catalogi.api;

import nl.zgw.catalogi.domain.invoer.ZaakobjecttypeInvoer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.catalogi.api.render.ZaakobjecttypeRenderer;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.service.ZaakobjecttypeService;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.autorisaties.RequiresScope;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.domain.Collecties.*;

/** /zaakobjecttypen: types of one zaaktype version (ztc-010 applies once it is published). */
@Path(ROOT + "/zaakobjecttypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakobjecttypeResource extends ZaaktypeOnderdeelResource<Zaakobjecttype, ZaakobjecttypeInvoer> {

    public ZaakobjecttypeResource(Reads reads, ZaakobjecttypeService service, ZaakobjecttypeRenderer renderer) {
        super(reads, service, renderer);
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    @FilteredBy(ZaaktypeOnderdeelFilters.Zaakobjecttypen.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        return list(ZaaktypeOnderdeelFilters.Zaakobjecttypen.FILTERS.parse(uriInfo.getQueryParameters()), page, expand);
    }
}
