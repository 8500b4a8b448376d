package nl.zgw.common.request;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.validation.Codes;
import nl.zgw.common.validation.NullNotAllowed;
import nl.zgw.common.validation.Reasons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Refuses an explicit {@code null} for a {@link NullNotAllowed} field at any depth ({@code null}, dotted path). */
@ApplicationScoped
public class ExplicitNulls {

    private final SnakeCaseKeys keys;

    public ExplicitNulls(SnakeCaseKeys keys) {
        this.keys = keys;
    }

    /** Throws the 400 when {@code body} (keys already normalised for {@code type}) has such a null. */
    public void check(JsonNode body, JavaType type) {
        List<InvalidParam> errors = errors(body, type);
        if (!errors.isEmpty()) {
            throw ZgwException.invalid(errors);
        }
    }

    /** Every such null in {@code body} (keys already normalised for {@code type}), one {@code null} error each. */
    public List<InvalidParam> errors(JsonNode body, JavaType type) {
        List<InvalidParam> errors = new ArrayList<>();
        walk(body, type, "", errors);
        return errors;
    }

    private void walk(JsonNode node, JavaType type, String path, List<InvalidParam> errors) {
        if (node == null || SnakeCaseKeys.generic(type)) {
            return;
        }
        if (node.isArray() && (type.isCollectionLikeType() || type.isArrayType())) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), type.getContentType(), path + i + ".", errors);
            }
        } else if (node.isObject() && type.isMapLikeType()) {
            node.fields().forEachRemaining(e -> walk(e.getValue(), type.getContentType(),
                    path + e.getKey() + ".", errors));
        } else if (node.isObject() && SnakeCaseKeys.bean(type)) {
            for (Map.Entry<String, SnakeCaseKeys.Property> p : keys.properties(type).entrySet()) {
                JsonNode value = node.get(p.getKey());
                if (value != null && value.isNull() && p.getValue().nullNotAllowed()) {
                    errors.add(new InvalidParam(path + p.getKey(), Codes.NULL, Reasons.NULL));
                } else {
                    walk(value, p.getValue().type(), path + p.getKey() + ".", errors);
                }
            }
        }
    }
}
