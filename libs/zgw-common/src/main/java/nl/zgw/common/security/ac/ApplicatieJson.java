package nl.zgw.common.security.ac;

import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.Autorisatie;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the Autorisaties API's {@code Applicatie} JSON into the model every service evaluates. */
public final class ApplicatieJson {

    private ApplicatieJson() {
    }

    /** @return null for a missing or JSON-null node */
    public static Applicatie parse(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        Set<String> clientIds = new LinkedHashSet<>();
        node.path("clientIds").forEach(c -> clientIds.add(c.asText()));
        List<Autorisatie> autorisaties = new ArrayList<>();
        for (JsonNode a : node.path("autorisaties")) {
            Set<String> scopes = new LinkedHashSet<>();
            a.path("scopes").forEach(s -> scopes.add(s.asText()));
            String max = text(a, "maxVertrouwelijkheidaanduiding");
            autorisaties.add(new Autorisatie(a.path("component").asText(), scopes, text(a, "zaaktype"),
                    text(a, "informatieobjecttype"), text(a, "besluittype"),
                    max == null ? null : Vertrouwelijkheidaanduiding.of(max)));
        }
        return new Applicatie(clientIds, node.path("label").asText(""),
                node.path("heeftAlleAutorisaties").asBoolean(false), autorisaties,
                node.path("alleenIsGereedVoorPublicatie").asBoolean(false));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }
}
