package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.persistence.CatalogiQueries.Where;
import nl.zgw.catalogi.service.ZaaktypeOnderdelenService;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.util.List;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.*;

/** /zaaktype-informatieobjecttypen: types of one zaaktype version (ztc-010 applies once it is published). */
@Path(ROOT + "/zaaktype-informatieobjecttypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ZaaktypeInformatieobjecttypeResource extends ZaaktypeOnderdeelResource<ZaaktypeInformatieobjecttype, ZaaktypeInformatieobjecttypeRequest> {

    public ZaaktypeInformatieobjecttypeResource(Reads reads, ZaaktypeOnderdelenService service) {
        super(reads, service, ZaaktypeInformatieobjecttype.class, ZIOT, "zaaktypeinformatieobjecttype", Representations::zaaktypeInformatieobjecttypen,
                new Writes<>(service::saveZiot, service::patchZiot));
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public Page<ObjectNode> list(@QueryParam("zaaktype") String zaaktype,
                                 @QueryParam("informatieobjecttype") String informatieobjecttype,
                                 @QueryParam("richting") String richting,
                                 @QueryParam("status") String status,
                                 @QueryParam("page") String page, @QueryParam("expand") String expand,
                                 @jakarta.ws.rs.core.Context UriInfo uriInfo) {
        Where where = new Where();
        reads.url(zaaktype, "zaaktype", ZAAKTYPEN).ifPresent(u -> where.and("z.uuid = :zaaktype", "zaaktype", u));
        Reads.status(where, status, "z.concept");
        Reads.choice(richting, "richting", List.of("inkomend", "intern", "uitgaand"));
        if (richting != null) {
            where.and("e.richting = :richting", "richting", richting);
        }
        reads.url(informatieobjecttype, "informatieobjecttype", INFORMATIEOBJECTTYPEN).ifPresent(u -> {
            var iot = reads.queries().byUuid(Informatieobjecttype.class, u);
            if (iot.isEmpty()) {
                where.and("1 = 0");
            } else {
                where.and("e.informatieobjecttype = :io", "io", iot.get().omschrijving)
                        .and("z.catalogus.id = :ioc", "ioc", iot.get().catalogus.id);
            }
        });
        return list(where, "z.id, e.volgnummer", page, expand);
    }
}
