package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.persistence.CatalogiQueries.Where;
import nl.zgw.catalogi.service.ZaaktypeService;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.util.List;
import java.util.UUID;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.*;

/** /zaaktypen: list with the OAS filters, concept CRUD, publish, HEAD/ETag. */
@Path(ROOT + "/zaaktypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaaktypeResource extends VersionedTypeResource<Zaaktype, ZaaktypeRequest> {

    public ZaaktypeResource(Reads reads, ZaaktypeService service) {
        super(reads, service, Zaaktype.class, ZAAKTYPEN, Representations::zaaktypen);
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public Page<ObjectNode> list(@BeanParam VersionedTypeFilters filters,
                                 @QueryParam("identificatie") String identificatie,
                                 @QueryParam("trefwoorden") String trefwoorden) {
        Where where = filters.where(reads);
        if (identificatie != null) {
            where.and("e.identificatie = :identificatie", "identificatie", identificatie);
        }
        if (trefwoorden != null) {
            List<String> wanted = CatalogusResource.split(trefwoorden);
            for (int i = 0; i < wanted.size(); i++) {
                where.and("array_contains(e.trefwoorden, :t" + i + ")", "t" + i, wanted.get(i));
            }
        }
        return list(where, filters.page, filters.expand);
    }

    @GET
    @Path("{uuid}")
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public RenderedJson read(@PathParam("uuid") UUID uuid, @QueryParam("datumGeldigheid") String datumGeldigheid, @QueryParam("expand") String expand) {
        reads.representations().at(Reads.date(datumGeldigheid, "datumGeldigheid"));
        return detail(uuid, expand);
    }
}
