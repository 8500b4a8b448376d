package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.persistence.CatalogiQueries.Where;
import nl.zgw.catalogi.service.ZaaktypeOnderdelenService;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.autorisaties.RequiresScope;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.*;

/** /statustypen: types of one zaaktype version (ztc-010 applies once it is published). */
@Path(ROOT + "/statustypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatustypeResource extends ZaaktypeOnderdeelResource<Statustype, StatustypeRequest> {

    public StatustypeResource(Reads reads, ZaaktypeOnderdelenService service) {
        super(reads, service, Statustype.class, STATUSTYPEN, "statustype", Representations::statustypen,
                new Writes<>(service::saveStatustype, service::patchStatustype));
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public Page<ObjectNode> list(@BeanParam ZaaktypeOnderdeelFilters filters) {
        Where where = filters.where(reads);
        return list(where, "z.id, e.volgnummer", filters.page, filters.expand);
    }
}
