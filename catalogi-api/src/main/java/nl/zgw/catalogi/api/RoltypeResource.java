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

import java.util.List;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.*;

/** /roltypen: types of one zaaktype version (ztc-010 applies once it is published). */
@Path(ROOT + "/roltypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoltypeResource extends ZaaktypeOnderdeelResource<Roltype, RoltypeRequest> {

    public RoltypeResource(Reads reads, ZaaktypeOnderdelenService service) {
        super(reads, service, Roltype.class, ROLTYPEN, "roltype", Representations::roltypen,
                new Writes<>(service::saveRoltype, service::patchRoltype));
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public Page<ObjectNode> list(@BeanParam ZaaktypeOnderdeelFilters filters,
                                 @QueryParam("omschrijvingGeneriek") String omschrijvingGeneriek) {
        Where where = filters.where(reads);
        if (omschrijvingGeneriek != null) {
            Reads.choice(omschrijvingGeneriek, "omschrijvingGeneriek", List.of("adviseur", "behandelaar",
                    "belanghebbende", "beslisser", "initiator", "klantcontacter", "zaakcoordinator",
                    "mede_initiator"));
            where.and("e.omschrijvingGeneriek = :og", "og", omschrijvingGeneriek);
        }
        return list(where, "e.id", filters.page, filters.expand);
    }
}
