package nl.zgw.notificaties.domain;

import nl.zgw.common.problem.ZgwException;

import java.util.Map;

/** A message's kenmerken names are a subset or superset of its kanaal's filters ({@code kenmerken_inconsistent}). */
public final class KenmerkenConsistent {

    public static final String CODE = "kenmerken_inconsistent";

    private KenmerkenConsistent() {
    }

    public static void check(Kanaal kanaal, Map<String, String> kenmerken) {
        if (!KenmerkNaam.consistent(kanaal.filters, kenmerken == null ? java.util.List.of() : kenmerken.keySet())) {
            throw ZgwException.invalid("kenmerken", CODE, "Kenmerken aren't consistent with kanaal filters");
        }
    }
}
