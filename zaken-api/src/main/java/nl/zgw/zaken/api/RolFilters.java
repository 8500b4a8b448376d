package nl.zgw.zaken.api;

import nl.zgw.common.filter.Filter;
import nl.zgw.common.filter.FilterDeclaration;
import nl.zgw.common.filter.Filters;
import nl.zgw.common.filter.ValueType;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.BetrokkeneType;
import nl.zgw.zaken.domain.rules.RolMaxAantal;

import java.util.List;

import static nl.zgw.common.filter.ValueType.TEXT;
import static nl.zgw.common.filter.ValueType.URL;

/** The filters of GET /rollen, as the 1.7.0 file names them; each reads an indexed column of {@code rol} (V30). */
public final class RolFilters implements FilterDeclaration {

    public static final List<String> OMSCHRIJVING_GENERIEK = List.of("adviseur", "behandelaar", "belanghebbende",
            "beslisser", "initiator", "klantcontacter", "zaakcoordinator", "mede_initiator");

    /** {@code betrokkeneIdentificatie__...} parameter (without prefix) to the Rol property holding its value. */
    static final List<String[]> IDENTIFICATIE = List.of(
            new String[]{"betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", "inpBsn"},
            new String[]{"betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie", "anpIdentificatie"},
            new String[]{"betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer", "inpANummer"},
            new String[]{"betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId", "innNnpId"},
            new String[]{"betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie", "annIdentificatie"},
            new String[]{"betrokkeneIdentificatie__vestiging__vestigingsNummer", "vestigingsNummer"},
            new String[]{"betrokkeneIdentificatie__organisatorischeEenheid__identificatie", "orgEenheidIdentificatie"},
            new String[]{"betrokkeneIdentificatie__medewerker__identificatie", "medewerkerIdentificatie"});

    static final Filters FILTERS = identificatie(Filters.of(
                    Filter.of("zaak", "z.uuid", ValueType.resourceUrl(ZakenApi.ROOT, "zaken")),
                    Filter.of("betrokkene", "e.betrokkene", URL),
                    Filter.of("betrokkeneType", "e.betrokkeneType", ValueType.choice(BetrokkeneType.ALL)),
                    Filter.of("roltype", "e.roltype", URL),
                    Filter.of("omschrijving", "e.omschrijving", TEXT),
                    Filter.of("omschrijvingGeneriek", "e.omschrijvingGeneriek",
                            ValueType.choice(OMSCHRIJVING_GENERIEK))))
            .orderBy("e.id desc");

    private static Filters identificatie(Filters filters) {
        Filters f = filters;
        for (String[] p : IDENTIFICATIE) {
            f = f.with(Filter.of(p[0], "e." + p[1], TEXT));
        }
        return f;
    }

    static {
        // the one-per-zaak rule reads omschrijvingGeneriek values of this list
        if (!OMSCHRIJVING_GENERIEK.containsAll(RolMaxAantal.EEN_PER_ZAAK)) {
            throw new IllegalStateException("RolMaxAantal names an unknown omschrijvingGeneriek");
        }
    }

    @Override
    public Filters filters() {
        return FILTERS;
    }
}
