package nl.zgw.catalogi.api;

import jakarta.ws.rs.QueryParam;
import nl.zgw.catalogi.persistence.CatalogiQueries;
import nl.zgw.catalogi.persistence.CatalogiQueries.Where;

import static nl.zgw.catalogi.api.Representations.ZAAKTYPEN;

/**
 * The filters shared by the lists of a zaaktype's parts (statustypen, roltypen, resultaattypen, eigenschappen):
 * {@code zaaktype}, {@code zaaktypeIdentificatie}, {@code status} and {@code datumGeldigheid}, plus the 1.3.1
 * spellings {@code zaaktype_identificatie} and {@code datum_geldigheid} that 1.5-bundle clients send.
 */
public class ZaaktypeOnderdeelFilters {

    @QueryParam("zaaktype")
    public String zaaktype;
    @QueryParam("zaaktypeIdentificatie")
    public String zaaktypeIdentificatie;
    @QueryParam("zaaktype_identificatie")
    public String zaaktypeIdentificatie131;
    @QueryParam("status")
    public String status;
    @QueryParam("datumGeldigheid")
    public String datumGeldigheid;
    @QueryParam("datum_geldigheid")
    public String datumGeldigheid131;
    @QueryParam("page")
    public String page;
    @QueryParam("expand")
    public String expand;

    /** The conditions on the joined zaaktype {@code z}; relations render as valid on {@code datumGeldigheid}. */
    Where where(Reads reads) {
        Where where = new Where();
        reads.url(zaaktype, "zaaktype", ZAAKTYPEN).ifPresent(u -> where.and("z.uuid = :zaaktype", "zaaktype", u));
        String identificatie = zaaktypeIdentificatie != null ? zaaktypeIdentificatie : zaaktypeIdentificatie131;
        if (identificatie != null) {
            where.and("z.identificatie = :identificatie", "identificatie", identificatie);
        }
        Reads.status(where, status, "z.concept");
        var datum = Reads.date(datumGeldigheid != null ? datumGeldigheid : datumGeldigheid131, "datumGeldigheid");
        if (datum != null) {
            where.and(CatalogiQueries.validOn("z")).param("d", datum);
        }
        reads.representations().at(datum);
        return where;
    }
}
