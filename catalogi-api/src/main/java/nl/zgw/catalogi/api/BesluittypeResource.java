package nl.zgw.catalogi.api;

import nl.zgw.catalogi.domain.invoer.BesluittypeInvoer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.catalogi.api.render.BesluittypeRenderer;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.service.BesluittypeService;
import nl.zgw.common.filter.FilteredBy;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.util.List;
import java.util.UUID;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.domain.Collecties.*;

/** /besluittypen: list with the OAS filters, concept CRUD, publish, HEAD/ETag. */
@Path(ROOT + "/besluittypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BesluittypeResource extends VersionedTypeResource<Besluittype, BesluittypeInvoer> {

    public BesluittypeResource(Reads reads, BesluittypeService service, BesluittypeRenderer renderer) {
        super(reads, service, renderer);
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    @FilteredBy(VersionedTypeFilters.Besluittypen.class)
    public Page<ObjectNode> list(@QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @Context UriInfo uriInfo) {
        return list(VersionedTypeFilters.Besluittypen.FILTERS.parse(uriInfo.getQueryParameters()), page, expand);
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {
        return detail(uuid, expand, null);
    }
}
