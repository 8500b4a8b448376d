package nl.zgw.catalogi.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;

import static nl.zgw.catalogi.api.Reads.ROOT;
import static nl.zgw.catalogi.domain.Collecties.*;
import static nl.zgw.catalogi.api.VersionedTypeFilters.DATUM_GELDIGHEID;
import static nl.zgw.catalogi.api.VersionedTypeFilters.geldigOp;
import static nl.zgw.catalogi.api.VersionedTypeFilters.status;
import static nl.zgw.common.filter.ValueType.*;

/**
 * The filter declarations of the lists of a zaaktype's parts, on the part {@code e} joined to its zaaktype
 * {@code z}. Statustypen, roltypen, resultaattypen and eigenschappen share {@code zaaktype},
 * {@code zaaktypeIdentificatie}, {@code status} and {@code datumGeldigheid}, also in the 1.3.1 spellings
 * {@code zaaktype_identificatie} and {@code datum_geldigheid} that 1.5-bundle clients send.
 */
public final class ZaaktypeOnderdeelFilters {

    private ZaaktypeOnderdeelFilters() {
    }

    private static Filter<java.util.UUID> zaaktype() {
        return Filter.of("zaaktype", "z.uuid", resourceUrl(ROOT, ZAAKTYPEN));
    }

    private static final Filters SHARED = Filters.of(
                    zaaktype(),
                    Filter.of("zaaktypeIdentificatie", "z.identificatie", TEXT).alias("zaaktype_identificatie"),
                    status("z.concept"),
                    geldigOp(DATUM_GELDIGHEID, "z").alias("datum_geldigheid"))
            .orderBy("e.id");

    public static final class Statustypen implements FilterDeclaration {
        static final Filters FILTERS = SHARED.orderBy("z.id, e.volgnummer, e.id");

        @Override
        public Filters filters() {
            return FILTERS;
        }
    }

    public static final class Roltypen implements FilterDeclaration {
        static final Filters FILTERS = SHARED.with(Filter.of("omschrijvingGeneriek", "e.omschrijvingGeneriek",
                choice("adviseur", "behandelaar", "belanghebbende", "beslisser", "initiator", "klantcontacter",
                        "zaakcoordinator", "mede_initiator")));

        @Override
        public Filters filters() {
            return FILTERS;
        }
    }

    public static final class Resultaattypen implements FilterDeclaration {
        static final Filters FILTERS = SHARED;

        @Override
        public Filters filters() {
            return FILTERS;
        }
    }

    public static final class Eigenschappen implements FilterDeclaration {
        static final Filters FILTERS = SHARED;

        @Override
        public Filters filters() {
            return FILTERS;
        }
    }

    /** {@code GET /zaakobjecttypen} (1.3.3, no status filter): {@code objecttype} is a URL, compared as given. */
    public static final class Zaakobjecttypen implements FilterDeclaration {
        static final Filters FILTERS = Filters.of(
                        zaaktype(),
                        Filter.of("zaaktypeIdentificatie", "z.identificatie", TEXT),
                        Filter.of("anderObjecttype", "e.anderObjecttype", BOOLEAN),
                        Filter.of("catalogus", "z.catalogus.uuid", resourceUrl(ROOT, CATALOGUSSEN)),
                        Filter.of("datumBeginGeldigheid", "z.beginGeldigheid", DATE),
                        Filter.of("datumEindeGeldigheid", "z.eindeGeldigheid", DATE),
                        geldigOp(DATUM_GELDIGHEID, "z"),
                        Filter.of("objecttype", "e.objecttype", URL),
                        Filter.of("relatieOmschrijving", "e.relatieOmschrijving", TEXT))
                .orderBy("e.id");

        @Override
        public Filters filters() {
            return FILTERS;
        }
    }

    /**
     * {@code GET /zaaktype-informatieobjecttypen}: {@code informatieobjecttype} is the URL of any version of an
     * informatieobjecttype; it matches the relations by its omschrijving within its catalogus (one subquery).
     */
    public static final class ZaaktypeInformatieobjecttypen implements FilterDeclaration {
        static final Filters FILTERS = Filters.of(
                        zaaktype(),
                        Filter.where("informatieobjecttype", resourceUrl(ROOT, INFORMATIEOBJECTTYPEN), (u, where) ->
                                where.and("exists (select 1 from Informatieobjecttype i where i.uuid = ?"
                                        + " and i.catalogus = z.catalogus and i.omschrijving = e.informatieobjecttype)",
                                        u)).columns("e.informatieobjecttype"),
                        Filter.of("richting", "e.richting", choice("inkomend", "intern", "uitgaand")),
                        status("z.concept"))
                .orderBy("z.id, e.volgnummer, e.id");

        @Override
        public Filters filters() {
            return FILTERS;
        }
    }
}
