package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.catalogi.domain.*;
import nl.zgw.catalogi.persistence.CatalogiQueries.Where;
import nl.zgw.catalogi.service.BesluittypeService;
import nl.zgw.common.http.ETagged;
import nl.zgw.common.paging.Page;
import nl.zgw.common.security.autorisaties.RequiresScope;

import java.util.List;
import java.util.UUID;

import static nl.zgw.catalogi.api.Reads.*;
import static nl.zgw.catalogi.api.Representations.*;

/** /besluittypen: list with the OAS filters, concept CRUD, publish, HEAD/ETag. */
@Path(ROOT + "/besluittypen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BesluittypeResource extends VersionedTypeResource<Besluittype, BesluittypeRequest> {

    public BesluittypeResource(Reads reads, BesluittypeService service) {
        super(reads, service, Besluittype.class, BESLUITTYPEN, Representations::besluittypen);
    }

    @GET
    @ETagged
    @RequiresScope({LEZEN, ZAKEN_LEZEN, DOCUMENTEN_LEZEN})
    public Page<ObjectNode> list(@BeanParam VersionedTypeFilters filters,
                                 @QueryParam("zaaktypen") String zaaktypen,
                                 @QueryParam("informatieobjecttypen") String informatieobjecttypen,
                                 @QueryParam("omschrijving") String omschrijving) {
        Where where = filters.where(reads);
        if (omschrijving != null) {
            where.and("e.omschrijving = :omschrijving", "omschrijving", omschrijving);
        }
        if (zaaktypen != null) {
            reads.url(zaaktypen, "zaaktypen", ZAAKTYPEN).ifPresent(u -> {
                var z = reads.queries().byUuid(Zaaktype.class, u);
                if (z.isEmpty() || z.get().besluittypen.length == 0) {
                    where.and("1 = 0");
                } else {
                    where.and("e.catalogus.id = :zc", "zc", z.get().catalogus.id)
                            .and("e.omschrijving in :zb", "zb", List.of(z.get().besluittypen));
                }
            });
        }
        if (informatieobjecttypen != null) {
            reads.url(informatieobjecttypen, "informatieobjecttypen", INFORMATIEOBJECTTYPEN).ifPresent(u -> {
                var iot = reads.queries().byUuid(Informatieobjecttype.class, u);
                if (iot.isEmpty()) {
                    where.and("1 = 0");
                } else {
                    where.and("e.catalogus.id = :ic", "ic", iot.get().catalogus.id)
                            .and("array_contains(e.informatieobjecttypen, :io)", "io", iot.get().omschrijving);
                }
            });
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
