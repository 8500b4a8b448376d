package nl.zgw.catalogi.api;

import nl.zgw.catalogi.domain.invoer.ZaaktypeInformatieobjecttypeInvoer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.catalogi.api.render.ZaaktypeInformatieobjecttypeRenderer;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.service.ZaaktypeInformatieobjecttypeService;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.util.List;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.domain.Collecties.*;

/** /zaaktype-informatieobjecttypen: types of one zaaktype version (ztc-010 applies once it is published). */
@Path(ROOT + "/zaaktype-informatieobjecttypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaaktypeInformatieobjecttypeResource extends ZaaktypeOnderdeelResource<ZaaktypeInformatieobjecttype, ZaaktypeInformatieobjecttypeInvoer> {

    public ZaaktypeInformatieobjecttypeResource(Reads reads, ZaaktypeInformatieobjecttypeService service,
                                                ZaaktypeInformatieobjecttypeRenderer renderer) {
        super(reads, service, renderer);
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    @FilteredBy(ZaaktypeOnderdeelFilters.ZaaktypeInformatieobjecttypen.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        return list(ZaaktypeOnderdeelFilters.ZaaktypeInformatieobjecttypen.FILTERS.parse(uriInfo.getQueryParameters()), page, expand);
    }
}
