package nl.zgw.catalogi.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for PATCH bodies. */
final class Patches {

    private Patches() {
    }

    static List<String> keys(JsonNode n) {
        List<String> names = new ArrayList<>();
        if (n != null && n.isObject()) {
            n.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** ztc-009: a PATCH of a published type may change only {@code eindeGeldigheid}. */
    static boolean onlyEindeGeldigheid(JsonNode patch) {
        List<String> keys = keys(patch);
        return !keys.isEmpty() && keys.stream().allMatch("eindeGeldigheid"::equals);
    }
}
