package nl.zgw.documenten.api;

import static nl.zgw.common.filter.Lookup.GTE;
import static nl.zgw.common.filter.Lookup.LTE;
import static nl.zgw.common.filter.ValueType.DATE;
import static nl.zgw.common.filter.ValueType.TEXT;
import static nl.zgw.common.filter.ValueType.URL;

import java.util.Locale;
import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;

/**
 * GET /enkelvoudiginformatieobjecten: the filters of 1.7.0 plus the Open Zaak extensions clients send (README):
 * titel, auteur (case-insensitive contains), creatiedatum__gte/__lte, ordering and the spelling
 * objectinformatieobjecten__object. Alias {@code e} is the version ({@code EioVersie}, always the latest).
 */
public final class EioFilters implements FilterDeclaration {

    static final Filters FILTERS = Filters.of(
                    Filter.of("identificatie", "e.identificatie", TEXT),
                    Filter.of("bronorganisatie", "e.bronorganisatie", TEXT),
                    Filter.where("objectinformatieobjecten_object", URL, (value, where) -> where.and(
                                    "exists (select 1 from ObjectInformatieObject o where o.document = e.document"
                                            + " and o.object = ?)", value))
                            .alias("objectinformatieobjecten__object").columns("o.object"),
                    Filter.where("objectinformatieobjecten_objectType", ValueType.choice("besluit", "zaak", "verzoek"),
                                    (value, where) -> where.and("exists (select 1 from ObjectInformatieObject o"
                                            + " where o.document = e.document and o.objectType = ?)", value))
                            .alias("objectinformatieobjecten__objectType").columns("o.objectType"),
                    Filter.where("trefwoorden", TEXT, (value, where) -> {
                        for (String t : Filters.csv(value)) {
                            where.and("e.trefwoorden like ?", "%," + escape(t) + ",%");
                        }
                    }).columns("e.trefwoorden"),
                    Filter.where("titel", TEXT, (value, where) -> where.and("lower(e.titel) like ?",
                            "%" + escape(value.toLowerCase(Locale.ROOT)) + "%")).columns("e.titel"),
                    Filter.where("auteur", TEXT, (value, where) -> where.and("lower(e.auteur) like ?",
                            "%" + escape(value.toLowerCase(Locale.ROOT)) + "%")).columns("e.auteur"),
                    Filter.of("creatiedatum", "e.creatiedatum", DATE).lookups(GTE, LTE))
            .ordering("creatiedatum", "e.creatiedatum")
            .ordering("titel", "e.titel")
            .ordering("auteur", "e.auteur")
            .ordering("identificatie", "e.identificatie")
            .ordering("bronorganisatie", "e.bronorganisatie")
            .ordering("versie", "e.versie")
            .ordering("beginRegistratie", "e.beginRegistratie")
            .orderBy("e.id");

    @Override
    public Filters filters() {
        return FILTERS;
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
