package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.persistence.CatalogiQueries;
import nl.zgw.catalogi.persistence.CatalogiQueries.Where;
import nl.zgw.catalogi.service.ZaaktypeOnderdelenService;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.autorisaties.RequiresScope;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.*;

/** /zaakobjecttypen: types of one zaaktype version (ztc-010 applies once it is published). */
@Path(ROOT + "/zaakobjecttypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaakobjecttypeResource extends ZaaktypeOnderdeelResource<Zaakobjecttype, ZaakobjecttypeRequest> {

    public ZaakobjecttypeResource(Reads reads, ZaaktypeOnderdelenService service) {
        super(reads, service, Zaakobjecttype.class, ZAAKOBJECTTYPEN, "zaakobjecttype", Representations::zaakobjecttypen,
                new Writes<>(service::saveZaakobjecttype, service::patchZaakobjecttype));
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public Page<ObjectNode> list(@QueryParam("zaaktype") String zaaktype,
                                 @QueryParam("zaaktypeIdentificatie") String zaaktypeIdentificatie,
                                 @QueryParam("anderObjecttype") String anderObjecttype,
                                 @QueryParam("catalogus") String catalogus,
                                 @QueryParam("datumBeginGeldigheid") String datumBeginGeldigheid,
                                 @QueryParam("datumEindeGeldigheid") String datumEindeGeldigheid,
                                 @QueryParam("datumGeldigheid") String datumGeldigheid,
                                 @QueryParam("objecttype") String objecttype,
                                 @QueryParam("relatieOmschrijving") String relatieOmschrijving,
                                 @QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @jakarta.ws.rs.core.Context UriInfo uriInfo) {
        Where where = new Where();
        reads.url(zaaktype, "zaaktype", ZAAKTYPEN).ifPresent(u -> where.and("z.uuid = :zaaktype", "zaaktype", u));
        if (zaaktypeIdentificatie != null) {
            where.and("z.identificatie = :identificatie", "identificatie", zaaktypeIdentificatie);
        }
        Boolean ander = Reads.bool(anderObjecttype, "anderObjecttype");
        if (ander != null) {
            where.and("e.anderObjecttype = :ander", "ander", ander);
        }
        reads.url(catalogus, "catalogus", CATALOGUSSEN).ifPresent(u -> where.and("z.catalogus.uuid = :c", "c", u));
        var begin = Reads.date(datumBeginGeldigheid, "datumBeginGeldigheid");
        if (begin != null) {
            where.and("z.beginGeldigheid = :begin", "begin", begin);
        }
        var einde = Reads.date(datumEindeGeldigheid, "datumEindeGeldigheid");
        if (einde != null) {
            where.and("z.eindeGeldigheid = :einde", "einde", einde);
        }
        var datum = Reads.date(datumGeldigheid, "datumGeldigheid");
        if (datum != null) {
            where.and(CatalogiQueries.validOn("z")).param("d", datum);
        }
        reads.representations().at(datum);
        if (objecttype != null) {
            where.and("e.objecttype = :objecttype", "objecttype", objecttype);
        }
        if (relatieOmschrijving != null) {
            where.and("e.relatieOmschrijving = :ro", "ro", relatieOmschrijving);
        }
        return list(where, "e.id", page, expand);
    }
}
