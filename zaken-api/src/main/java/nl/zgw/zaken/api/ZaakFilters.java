package nl.zgw.zaken.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;

import java.util.Arrays;
import java.util.List;

import static nl.zgw.common.filter.Lookup.EXACT;
import static nl.zgw.common.filter.Lookup.GT;
import static nl.zgw.common.filter.Lookup.GTE;
import static nl.zgw.common.filter.Lookup.IN;
import static nl.zgw.common.filter.Lookup.ISNULL;
import static nl.zgw.common.filter.Lookup.LT;
import static nl.zgw.common.filter.Lookup.LTE;
import static nl.zgw.common.filter.ValueType.DATE;
import static nl.zgw.common.filter.ValueType.TEXT;
import static nl.zgw.common.filter.ValueType.URL;

/**
 * The filters of GET /zaken (zaak_list) on alias {@code e} (a {@code Zaak}), names as the 1.7.0 file spells them,
 * and its ordering values. The {@code rol__*} filters are declared by the rollen part ({@link #ROL}, filled in by
 * zaken-rollen); {@code POST /zaken/_zoek} takes the same filters from its body.
 */
public final class ZaakFilters implements FilterDeclaration {

    static final List<String> VERTROUWELIJKHEID = Arrays.stream(Vertrouwelijkheidaanduiding.values())
            .map(Vertrouwelijkheidaanduiding::value).toList();

    public static final Filters BASIS = Filters.of(
                    Filter.of("identificatie", "e.identificatie", TEXT),
                    Filter.of("bronorganisatie", "e.bronorganisatie", TEXT).lookups(EXACT, IN),
                    Filter.of("zaaktype", "e.zaaktype", URL),
                    Filter.of("archiefnominatie", "e.archiefnominatie",
                            ValueType.choice("blijvend_bewaren", "vernietigen")).lookups(EXACT, IN),
                    Filter.of("archiefactiedatum", "e.archiefactiedatum", DATE).lookups(EXACT, ISNULL, LT, GT),
                    Filter.of("archiefstatus", "e.archiefstatus", ValueType.choice("nog_te_archiveren",
                            "gearchiveerd", "gearchiveerd_procestermijn_onbekend", "overgedragen")).lookups(EXACT, IN),
                    Filter.of("startdatum", "e.startdatum", DATE).lookups(EXACT, GT, GTE, LT, LTE),
                    Filter.of("registratiedatum", "e.registratiedatum", DATE).lookups(EXACT, GT, LT),
                    Filter.of("einddatum", "e.einddatum", DATE).lookups(EXACT, ISNULL, GT, LT),
                    Filter.of("einddatumGepland", "e.einddatumGepland", DATE).lookups(EXACT, GT, LT),
                    Filter.of("uiterlijkeEinddatumAfdoening", "e.uiterlijkeEinddatumAfdoening", DATE)
                            .lookups(EXACT, GT, LT),
                    Filter.where("maximaleVertrouwelijkheidaanduiding", ValueType.choice(VERTROUWELIJKHEID),
                                    (value, where) -> where.and("e.vertrouwelijkheidaanduiding in ?",
                                            Vertrouwelijkheidaanduiding.of(value).andBelow()))
                            .columns("e.vertrouwelijkheidaanduiding"))
            .ordering("startdatum", "e.startdatum")
            .ordering("einddatum", "e.einddatum")
            .ordering("publicatiedatum", "e.publicatiedatum")
            .ordering("archiefactiedatum", "e.archiefactiedatum")
            .ordering("registratiedatum", "e.registratiedatum")
            .ordering("identificatie", "e.identificatie")
            .orderBy("e.id");

    /** The rol__* filters (rol__betrokkeneType, rol__betrokkene, rol__omschrijvingGeneriek, rol__betrokkeneIdentificatie__*): zaken-rollen. */
    public static final Filter<?>[] ROL = ZaakRolFilters.FILTERS;

    public static final Filters FILTERS = BASIS.with(ROL);

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
