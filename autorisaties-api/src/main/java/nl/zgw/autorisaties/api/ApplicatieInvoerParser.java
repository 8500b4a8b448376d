package nl.zgw.autorisaties.api;

import com.fasterxml.jackson.databind.JsonNode;
import nl.zgw.autorisaties.domain.ApplicatieInvoer;
import nl.zgw.autorisaties.domain.AutorisatieGegevens;
import nl.zgw.common.security.autorisaties.Component;
import nl.zgw.autorisaties.domain.VerplichteAutorisatieVelden;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.validation.AbsoluteUrl;
import nl.zgw.common.validation.Codes;
import nl.zgw.common.validation.Reasons;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads an Applicatie body (keys already normalised by the resource) field by field in the shared dialect
 * ({@link Codes}, {@link Reasons}, {@link AbsoluteUrl}), reporting every field error of the body at once, type errors
 * included (which binding a record cannot: Jackson stops at the first). The reference implementation's (DRF's) codes: {@code required},
 * {@code null}, {@code blank}, {@code max_length}, {@code invalid}, {@code not_a_list}, {@code invalid_choice}, and
 * ac-003 ({@code required} on the type fields). All errors of a body are reported together.
 */
final class ApplicatieInvoerParser {

    private static final List<String> LEVELS = Arrays.stream(Vertrouwelijkheidaanduiding.values())
            .map(Vertrouwelijkheidaanduiding::value).toList();

    private final List<InvalidParam> errors = new ArrayList<>();

    private ApplicatieInvoerParser() {
    }

    /**
     * @param body     the (merged, for updates) body
     * @param fallback the stored state for optional fields the body leaves out (null on create)
     */
    static ApplicatieInvoer parse(JsonNode body, ApplicatieInvoer fallback) {
        if (body == null || !body.isObject()) {
            throw ZgwException.invalid(List.of(InvalidParam.nonField("invalid",
                    Reasons.notAnObject(body))));
        }
        ApplicatieInvoerParser p = new ApplicatieInvoerParser();
        List<String> clientIds = p.clientIds(body);
        String label = p.string(body, "label", 100, true);
        Boolean alle = p.bool(body, "heeftAlleAutorisaties");
        Boolean gereed = p.bool(body, "alleenIsGereedVoorPublicatie");
        List<AutorisatieGegevens> autorisaties = body.has("autorisaties") ? p.autorisaties(body.get("autorisaties"))
                : fallback != null ? fallback.autorisaties() : List.of();
        if (!p.errors.isEmpty()) {
            throw ZgwException.invalid(p.errors);
        }
        return new ApplicatieInvoer(clientIds, label,
                alle != null ? alle : fallback != null && fallback.heeftAlleAutorisaties(),
                gereed != null ? gereed : fallback != null && fallback.alleenIsGereedVoorPublicatie(),
                autorisaties);
    }

    private List<String> clientIds(JsonNode body) {
        JsonNode node = body.get("clientIds");
        if (!present(node, "clientIds")) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(new InvalidParam("clientIds", Codes.NOT_A_LIST, Reasons.notAList(node)));
            return List.of();
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String id = item(node.get(i), "clientIds." + i, 50);
            if (id != null) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private List<AutorisatieGegevens> autorisaties(JsonNode node) {
        if (node == null || node.isNull()) {
            errors.add(new InvalidParam("autorisaties", Codes.NULL, Reasons.NULL));
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(new InvalidParam("autorisaties", Codes.NOT_A_LIST, Reasons.notAList(node)));
            return List.of();
        }
        List<AutorisatieGegevens> result = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            AutorisatieGegevens a = autorisatie(node.get(i), "autorisaties." + i);
            if (a != null) {
                errors.addAll(VerplichteAutorisatieVelden.check(i, a));
                result.add(a);
            }
        }
        return result;
    }

    private AutorisatieGegevens autorisatie(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            errors.add(new InvalidParam(path, Codes.INVALID, Reasons.notAnObject(node)));
            return null;
        }
        int before = errors.size();
        Component component = null;
        JsonNode c = node.get("component");
        if (present(c, path + ".component")) {
            component = c.isTextual() ? Component.of(c.asText()).orElse(null) : null;
            if (component == null) {
                errors.add(new InvalidParam(path + ".component", Codes.INVALID_CHOICE, Reasons.invalidChoice(c.asText())));
            }
        }
        List<String> scopes = new ArrayList<>();
        JsonNode s = node.get("scopes");
        if (present(s, path + ".scopes")) {
            if (!s.isArray()) {
                errors.add(new InvalidParam(path + ".scopes", Codes.NOT_A_LIST, Reasons.notAList(s)));
            } else {
                for (int i = 0; i < s.size(); i++) {
                    String scope = item(s.get(i), path + ".scopes." + i, 100);
                    if (scope != null && !scopes.contains(scope)) {
                        scopes.add(scope);
                    }
                }
            }
        }
        if (component == null || errors.size() > before) {
            return null;
        }
        String type = null;
        String max = null;
        if (component.typeField() != null) {
            type = url(node.get(component.typeField()), path + "." + component.typeField());
        }
        if (component.hasVertrouwelijkheid()) {
            JsonNode m = node.get("maxVertrouwelijkheidaanduiding");
            if (m != null && !m.isNull() && !(m.isTextual() && m.asText().isEmpty())) {
                if (m.isTextual() && LEVELS.contains(m.asText())) {
                    max = m.asText();
                } else {
                    errors.add(new InvalidParam(path + ".maxVertrouwelijkheidaanduiding", Codes.INVALID_CHOICE,
                            Reasons.invalidChoice(m.asText())));
                }
            }
        }
        return errors.size() > before ? null : new AutorisatieGegevens(component, scopes, type, max);
    }

    /** An optional URL field: absent, null or "" is no value. */
    private String url(JsonNode node, String path) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new InvalidParam(path, Codes.INVALID, Reasons.URL));
            return null;
        }
        String v = node.asText();
        if (v.length() > 1000) {
            errors.add(new InvalidParam(path, Codes.MAX_LENGTH, Reasons.maxLength(1000)));
            return null;
        }
        if (!AbsoluteUrl.Validator.isAbsoluteUrl(v)) {
            errors.add(new InvalidParam(path, Codes.INVALID, Reasons.URL));
            return null;
        }
        return v;
    }

    private boolean present(JsonNode node, String path) {
        if (node == null) {
            errors.add(new InvalidParam(path, Codes.REQUIRED, Reasons.REQUIRED));
            return false;
        }
        if (node.isNull()) {
            errors.add(new InvalidParam(path, Codes.NULL, Reasons.NULL));
            return false;
        }
        return true;
    }

    private String string(JsonNode body, String field, int max, boolean required) {
        JsonNode node = body.get(field);
        if (!required && node == null) {
            return null;
        }
        if (!present(node, field)) {
            return null;
        }
        return item(node, field, max);
    }

    /** A non-blank string of at most {@code max} characters. */
    private String item(JsonNode node, String path, int max) {
        if (node == null || node.isNull()) {
            errors.add(new InvalidParam(path, Codes.NULL, Reasons.NULL));
            return null;
        }
        if (!node.isTextual() && !node.isNumber()) { // a number is taken as text, as the dialect does
            errors.add(new InvalidParam(path, Codes.INVALID, Reasons.STRING));
            return null;
        }
        String v = node.asText();
        if (v.isBlank()) {
            errors.add(new InvalidParam(path, Codes.BLANK, Reasons.BLANK));
            return null;
        }
        if (v.length() > max) {
            errors.add(new InvalidParam(path, Codes.MAX_LENGTH, Reasons.maxLength(max)));
            return null;
        }
        return v;
    }

    private Boolean bool(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null) {
            return null;
        }
        if (node.isNull()) {
            errors.add(new InvalidParam(field, Codes.NULL, Reasons.NULL));
            return null;
        }
        if (!node.isBoolean()) {
            errors.add(new InvalidParam(field, Codes.INVALID, Reasons.BOOLEAN));
            return null;
        }
        return node.asBoolean();
    }
}
