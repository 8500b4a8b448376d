package nl.zgw.catalogi.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;
import nl.zgw.common.query.Where;

import java.time.LocalDate;

import static nl.zgw.catalogi.api.Reads.ROOT;
import static nl.zgw.catalogi.domain.Collecties.*;
import static nl.zgw.common.filter.ValueType.*;

/**
 * The filter declarations of the lists of versioned top types (zaaktypen, informatieobjecttypen, besluittypen) on
 * the version {@code e}: the shared {@code catalogus}, {@code status} (default definitief) and
 * {@code datumGeldigheid}, plus each list's own. {@code page} and {@code expand} are the operations'.
 */
public final class VersionedTypeFilters {

    private VersionedTypeFilters() {
    }

    /** {@code datumGeldigheid}: also the date the list's relations are rendered on. */
    public static final String DATUM_GELDIGHEID = "datumGeldigheid";

    /** {@code status=alles|concept|definitief} on a concept flag, default definitief (1.3.3). */
    static Filter<String> status(String conceptPath) {
        return Filter.where("status", ValueType.choice("alles", "concept", "definitief"), (v, where) -> {
                    switch (v) {
                        case "definitief" -> where.and(conceptPath + " = false");
                        case "concept" -> where.and(conceptPath + " = true");
                        default -> {
                        }
                    }
                }).byDefault("definitief").columns(conceptPath);
    }

    /** A date inside the geldigheid of {@code alias} (begin and einde inclusive, einde open). */
    static Filter<LocalDate> geldigOp(String name, String alias) {
        return Filter.where(name, DATE, (d, where) -> {
                    String op = where.bind(d);
                    where.and(alias + ".beginGeldigheid <= " + op + " and (" + alias + ".eindeGeldigheid is null or "
                            + alias + ".eindeGeldigheid >= " + op + ")");
                })
                .columns(alias + ".beginGeldigheid", alias + ".eindeGeldigheid");
    }

    private static final Filters SHARED = Filters.of(
                    Filter.of("catalogus", "e.catalogus.uuid", resourceUrl(ROOT, CATALOGUSSEN)),
                    status("e.concept"),
                    geldigOp(DATUM_GELDIGHEID, "e"))
            .orderBy("e.id");

    /** {@code GET /zaaktypen}: {@code identificatie}, {@code trefwoorden} (each one must be among them). */
    public static final class Zaaktypen implements FilterDeclaration {
        static final Filters FILTERS = SHARED.with(
                Filter.of("identificatie", "e.identificatie", TEXT),
                Filter.where("trefwoorden", TEXT, Zaaktypen::trefwoorden).columns("e.trefwoorden"));

        private static void trefwoorden(String csv, Where where) {
            Filters.csv(csv).forEach(t -> where.and("array_contains(e.trefwoorden, ?)", t));
        }

        @Override
        public Filters filters() {
            return FILTERS;
        }
    }

    /** {@code GET /informatieobjecttypen}: {@code omschrijving}. */
    public static final class Informatieobjecttypen implements FilterDeclaration {
        static final Filters FILTERS = SHARED.with(Filter.of("omschrijving", "e.omschrijving", TEXT));

        @Override
        public Filters filters() {
            return FILTERS;
        }
    }

    /**
     * {@code GET /besluittypen}: {@code omschrijving}; {@code zaaktypen} (the besluittypen that zaaktype relates by
     * omschrijving, in its catalogus) and {@code informatieobjecttypen} (those relating that type's omschrijving),
     * each one subquery, whichever version's URL is given.
     */
    public static final class Besluittypen implements FilterDeclaration {
        static final Filters FILTERS = SHARED.with(
                Filter.of("omschrijving", "e.omschrijving", TEXT),
                Filter.where("zaaktypen", resourceUrl(ROOT, ZAAKTYPEN), (u, where) -> where.and(
                        "exists (select 1 from Zaaktype z where z.uuid = ? and z.catalogus = e.catalogus"
                                + " and array_contains(z.besluittypen, e.omschrijving))", u)).columns("e.omschrijving"),
                Filter.where("informatieobjecttypen", resourceUrl(ROOT, INFORMATIEOBJECTTYPEN), (u, where) -> where.and(
                        "exists (select 1 from Informatieobjecttype i where i.uuid = ? and i.catalogus = e.catalogus"
                                + " and array_contains(e.informatieobjecttypen, i.omschrijving))", u))
                        .columns("e.informatieobjecttypen"));

        @Override
        public Filters filters() {
            return FILTERS;
        }
    }
}
