package nl.zgw.catalogi.api;

import jakarta.ws.rs.QueryParam;
import nl.zgw.catalogi.persistence.CatalogiQueries;
import nl.zgw.catalogi.persistence.CatalogiQueries.Where;

import static nl.zgw.catalogi.api.Representations.CATALOGUSSEN;

/**
 * The filters every list of versioned top types has (zaaktypen, informatieobjecttypen, besluittypen):
 * {@code catalogus}, {@code status} (default definitief) and {@code datumGeldigheid}, plus {@code page} and
 * {@code expand}.
 */
public class VersionedTypeFilters {

    @QueryParam("catalogus")
    public String catalogus;
    @QueryParam("status")
    public String status;
    @QueryParam("datumGeldigheid")
    public String datumGeldigheid;
    @QueryParam("page")
    public String page;
    @QueryParam("expand")
    public String expand;

    /** The conditions on the version {@code e}; relations render as valid on {@code datumGeldigheid}. */
    Where where(Reads reads) {
        Where where = new Where();
        Reads.status(where, status, "e.concept");
        var datum = Reads.date(datumGeldigheid, "datumGeldigheid");
        if (datum != null) {
            where.and(CatalogiQueries.validOn("e")).param("d", datum);
        }
        reads.representations().at(datum);
        reads.url(catalogus, "catalogus", CATALOGUSSEN)
                .ifPresent(u -> where.and("e.catalogus.uuid = :catalogus", "catalogus", u));
        return where;
    }
}
