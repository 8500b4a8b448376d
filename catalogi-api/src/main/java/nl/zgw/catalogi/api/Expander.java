package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.problem.ZgwException;

import java.util.*;

import static nl.zgw.catalogi.api.Representations.*;

/**
 * {@code expand=statustypen,statustypen.eigenschappen,catalogus} (standard §1.8): the related resources go under
 * {@code _expand}. Each level loads all URLs of all rows of one collection in one batch.
 */
@RequestScoped
public class Expander {

    /** The expandable fields per collection (the OAS {@code *Embedded} schemas). */
    static final Map<String, Set<String>> FIELDS = Map.of(
            CATALOGUSSEN, Set.of("zaaktypen", "besluittypen", "informatieobjecttypen"),
            ZAAKTYPEN, Set.of("zaakobjecttypen", "catalogus", "statustypen", "resultaattypen", "eigenschappen",
                    "informatieobjecttypen", "roltypen", "besluittypen", "deelzaaktypen", "gerelateerdeZaaktypen"),
            BESLUITTYPEN, Set.of("catalogus", "zaaktypen", "informatieobjecttypen", "resultaattypen"),
            INFORMATIEOBJECTTYPEN, Set.of("catalogus", "zaaktypen", "besluittypen"),
            STATUSTYPEN, Set.of("catalogus", "zaaktype", "eigenschappen"),
            ROLTYPEN, Set.of("catalogus", "zaaktype"),
            EIGENSCHAPPEN, Set.of("catalogus", "zaaktype", "statustype"),
            RESULTAATTYPEN, Set.of("catalogus", "zaaktype", "besluittypen", "informatieobjecttypen"),
            ZIOT, Set.of("zaaktype", "catalogus", "informatieobjecttype", "statustype"),
            ZAAKOBJECTTYPEN, Set.of("zaaktype", "resultaattypen", "statustypen", "catalogus"));

    private final Representations representations;
    private final ObjectMapper mapper;
    private final String apiRoot;

    public Expander(Representations representations, ObjectMapper mapper, ZgwApiConfig config) {
        this.representations = representations;
        this.mapper = mapper;
        this.apiRoot = config.root();
    }

    /** Parses and checks {@code expand} for {@code collection}; a field the resource lacks is a 400. */
    public static Map<String, Object> parse(String collection, String expand) {
        Map<String, Object> tree = new LinkedHashMap<>();
        if (expand == null || expand.isBlank()) {
            return tree;
        }
        for (String path : expand.split(",")) {
            String p = path.trim();
            if (p.isEmpty()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> level = tree;
            String current = collection;
            for (String segment : p.split("\\.")) {
                Set<String> allowed = current == null ? Set.of() : FIELDS.getOrDefault(current, Set.of());
                if (!allowed.contains(segment)) {
                    throw ZgwException.invalid("expand", "invalid-expand-field",
                            "'" + p + "' is geen uitbreidbaar veld van deze resource.");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) level.computeIfAbsent(segment,
                        k -> new LinkedHashMap<String, Object>());
                level = next;
                current = target(current, segment);
            }
        }
        return tree;
    }

    /** The collection a field of {@code collection} points into. */
    static String target(String collection, String field) {
        return switch (field) {
            case "catalogus" -> CATALOGUSSEN;
            case "zaaktype", "deelzaaktypen", "gerelateerdeZaaktypen", "zaaktypen" -> ZAAKTYPEN;
            case "statustype", "statustypen" -> STATUSTYPEN;
            case "informatieobjecttype", "informatieobjecttypen" -> INFORMATIEOBJECTTYPEN;
            case "besluittypen" -> BESLUITTYPEN;
            case "resultaattypen" -> RESULTAATTYPEN;
            case "eigenschappen" -> EIGENSCHAPPEN;
            case "roltypen" -> ROLTYPEN;
            case "zaakobjecttypen" -> ZAAKOBJECTTYPEN;
            default -> null;
        };
    }

    /** Adds {@code _expand} to every node. */
    public void expand(String collection, List<ObjectNode> nodes, Map<String, Object> tree) {
        if (tree.isEmpty() || nodes.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            String field = e.getKey();
            String target = target(collection, field);
            Set<UUID> wanted = new LinkedHashSet<>();
            for (ObjectNode n : nodes) {
                urls(n, field).forEach(u -> ResourceUrl.uuidOf(u, apiRoot, target).ifPresent(wanted::add));
            }
            Map<UUID, ObjectNode> loaded = representations.byUuids(target, wanted);
            @SuppressWarnings("unchecked")
            Map<String, Object> sub = (Map<String, Object>) e.getValue();
            expand(target, new ArrayList<>(loaded.values()), sub);
            for (ObjectNode n : nodes) {
                ObjectNode holder = n.has("_expand") ? (ObjectNode) n.get("_expand") : n.putObject("_expand");
                JsonNode value = n.path(field);
                if (value.isArray()) {
                    ArrayNode a = holder.putArray(field);
                    urls(n, field).forEach(u -> ResourceUrl.uuidOf(u, apiRoot, target).map(loaded::get)
                            .ifPresent(a::add));
                } else {
                    ObjectNode one = ResourceUrl.uuidOf(value.asText(null), apiRoot, target).map(loaded::get).orElse(null);
                    holder.set(field, one == null ? mapper.createObjectNode() : one);
                }
            }
        }
    }

    private static List<String> urls(ObjectNode n, String field) {
        JsonNode v = n.path(field);
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode item : v) {
                JsonNode u = item.isObject() ? item.path("zaaktype") : item;
                if (u.isTextual()) {
                    out.add(u.asText());
                }
            }
        } else if (v.isTextual()) {
            out.add(v.asText());
        }
        return out;
    }
}
