package nl.zgw.autorisaties.api;

import nl.zgw.autorisaties.domain.ApplicatieGegevens;
import nl.zgw.autorisaties.domain.AutorisatieGegevens;
import nl.zgw.common.security.autorisaties.Component;

/** Read model → OAS body. */
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
}
