package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.persistence.CatalogiQueries.Where;
import nl.zgw.catalogi.service.InformatieobjecttypeService;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.util.UUID;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.*;

/** /informatieobjecttypen: list with the OAS filters, concept CRUD, publish, HEAD/ETag. */
@Path(ROOT + "/informatieobjecttypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InformatieobjecttypeResource extends VersionedTypeResource<Informatieobjecttype, InformatieobjecttypeRequest> {

    public InformatieobjecttypeResource(Reads reads, InformatieobjecttypeService service) {
        super(reads, service, Informatieobjecttype.class, INFORMATIEOBJECTTYPEN, Representations::informatieobjecttypen);
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public Page<ObjectNode> list(@BeanParam VersionedTypeFilters filters,
                                 @QueryParam("omschrijving") String omschrijving) {
        Where where = filters.where(reads);
        if (omschrijving != null) {
            where.and("e.omschrijving = :omschrijving", "omschrijving", omschrijving);
        }
        return list(where, filters.page, filters.expand);
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson read(@PathParam("uuid") UUID uuid, @QueryParam("expand") String expand) {

        return detail(uuid, expand);
    }
}
