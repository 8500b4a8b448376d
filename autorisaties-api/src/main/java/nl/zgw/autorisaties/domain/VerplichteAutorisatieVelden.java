package nl.zgw.autorisaties.domain;

import nl.zgw.common.security.autorisaties.Component;

import nl.zgw.common.problem.InvalidParam;

import java.util.ArrayList;
import java.util.List;

/**
 * ac-003: with scopes of the component's main resource, zrc needs {@code zaaktype} and
 * {@code maxVertrouwelijkheidaanduiding}, drc {@code informatieobjecttype} and {@code maxVertrouwelijkheidaanduiding},
 * brc {@code besluittype}. Errors are {@code required} on {@code autorisaties.<i>.<field>}.
 */
public final class VerplichteAutorisatieVelden {

    public static final String CODE = "required";

    private VerplichteAutorisatieVelden() {
    }

    public static List<InvalidParam> check(int index, AutorisatieGegevens a) {
        List<InvalidParam> errors = new ArrayList<>();
        Component c = a.component();
        if (c.typeField() == null || a.scopes().stream().noneMatch(c::isMainResourceScope)) {
            return errors;
        }
        String reason = "Dit veld is vereist als `component` " + c.code() + " is.";
        String prefix = "autorisaties." + index + ".";
        if (c.hasVertrouwelijkheid() && a.maxVertrouwelijkheidaanduiding() == null) {
            errors.add(new InvalidParam(prefix + "maxVertrouwelijkheidaanduiding", CODE, reason));
        }
        if (a.type() == null) {
            errors.add(new InvalidParam(prefix + c.typeField(), CODE, reason));
        }
        return errors;
    }
}
