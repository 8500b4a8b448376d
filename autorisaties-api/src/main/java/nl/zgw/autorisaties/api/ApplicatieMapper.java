package nl.zgw.autorisaties.api;

import nl.zgw.autorisaties.domain.ApplicatieGegevens;
import nl.zgw.autorisaties.domain.ApplicatieInvoer;
import nl.zgw.autorisaties.domain.AutorisatieGegevens;
import nl.zgw.common.security.autorisaties.Component;

import java.util.LinkedHashSet;
import java.util.List;

/** Read model → OAS body; a valid request body → the domain's input. */
final class ApplicatieMapper {

    private ApplicatieMapper() {
    }

    static ApplicatieView view(ApplicatieGegevens g, String url) {
        return new ApplicatieView(url, g.clientIds(), g.label(), g.heeftAlleAutorisaties(),
                g.alleenIsGereedVoorPublicatie(), g.autorisaties().stream().map(ApplicatieMapper::view).toList());
    }

    static ApplicatieView.AutorisatieView view(AutorisatieGegevens a) {
        Component c = a.component();
        String type = a.type() == null ? "" : a.type();
        // unset is left out: the file's enum has no "" (the reference's answer) and the field is not required
        String max = c.hasVertrouwelijkheid() ? a.maxVertrouwelijkheidaanduiding() : null;
        return new ApplicatieView.AutorisatieView(c.code(), c.weergave(), a.scopes(),
                c == Component.ZRC ? type : null, c == Component.DRC ? type : null, c == Component.BRC ? type : null,
                max);
    }

    /**
     * The validated body as input; an optional field the body leaves out keeps its value in {@code fallback} (the
     * stored state on PUT and PATCH, null on create). Client ids and scopes are kept once each, in their order.
     */
    static ApplicatieInvoer invoer(ApplicatieRequest r, ApplicatieInvoer fallback) {
        boolean alle = r.heeftAlleAutorisaties() != null ? r.heeftAlleAutorisaties()
                : fallback != null && fallback.heeftAlleAutorisaties();
        boolean gereed = r.alleenIsGereedVoorPublicatie() != null ? r.alleenIsGereedVoorPublicatie()
                : fallback != null && fallback.alleenIsGereedVoorPublicatie();
        List<AutorisatieGegevens> autorisaties = r.autorisaties() != null
                ? r.autorisaties().stream().map(ApplicatieMapper::autorisatie).toList()
                : fallback != null ? fallback.autorisaties() : List.of();
        return new ApplicatieInvoer(List.copyOf(new LinkedHashSet<>(r.clientIds())), r.label(), alle, gereed,
                autorisaties);
    }

    /** The stored state as a request body, the base a PATCH is laid over. */
    static ApplicatieRequest request(ApplicatieInvoer current) {
        return new ApplicatieRequest(current.clientIds(), current.label(), current.heeftAlleAutorisaties(),
                current.alleenIsGereedVoorPublicatie(), current.autorisaties().stream().map(a -> {
                    Component c = a.component();
                    return new ApplicatieRequest.AutorisatieRequest(c.code(), a.scopes(),
                            c == Component.ZRC ? a.type() : null, c == Component.DRC ? a.type() : null,
                            c == Component.BRC ? a.type() : null, a.maxVertrouwelijkheidaanduiding());
                }).toList());
    }

    private static AutorisatieGegevens autorisatie(ApplicatieRequest.AutorisatieRequest a) {
        Component c = Component.of(a.component()).orElseThrow();
        String type = c == Component.ZRC ? a.zaaktype() : c == Component.DRC ? a.informatieobjecttype()
                : c == Component.BRC ? a.besluittype() : null;
        String max = c.hasVertrouwelijkheid() ? a.maxVertrouwelijkheidaanduiding() : null;
        return new AutorisatieGegevens(c, List.copyOf(new LinkedHashSet<>(a.scopes())), blankIsNone(type),
                blankIsNone(max));
    }

    private static String blankIsNone(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
