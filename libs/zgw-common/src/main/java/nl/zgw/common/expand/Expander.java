package nl.zgw.common.expand;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.common.problem.ZgwException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code expand} parameter (standard §1.8, Zaken 1.7, Catalogi 1.3): the related resources of every node go
 * under {@code _expand}, to-many as an array, an empty (or invisible) to-one as {@code {}}; nested with dot notation
 * without a depth limit (1.6+). Per level each relation is loaded for all nodes of the page in one
 * {@link ExpandLoader} call, never per row.
 * <p>
 * Use: {@code Expansie e = expander.parse("zaaktypen", expand);} (before reading, so a bad parameter is a 400
 * before any work) and after rendering the page {@code expander.expand("zaaktypen", nodes, e)}.
 */
public final class Expander {

    /** 400 code of a field the resource does not have (the reference implementation's code). */
    public static final String INVALID_EXPAND_FIELD = "invalid-expand-field";
    /** 400 code of a parameter that is not a comma list of dotted field names (the reference implementation's). */
    public static final String EXPAND_FORMAT_ERROR = "expand-format-error";
    public static final String EXPAND = "_expand";

    private static final Pattern PAD = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*");

    private final ExpandModel model;
    private final ExpandLoaders loaders;
    private final ExpandAutorisatie autorisatie;

    public Expander(ExpandModel model, ExpandLoaders loaders, ExpandAutorisatie autorisatie) {
        this.model = model;
        this.loaders = loaders;
        this.autorisatie = autorisatie;
    }

    /**
     * Parses and checks {@code expand} for {@code resource}; empty when absent. A malformed parameter is 400
     * {@code expand-format-error}, a field the resource (or the resource a dotted path reaches) lacks is 400
     * {@code invalid-expand-field}, both on {@code expand}.
     */
    public Expansie parse(String resource, String expand) {
        if (expand == null || expand.isBlank()) {
            return Expansie.GEEN;
        }
        Expansie.Builder root = new Expansie.Builder();
        for (String raw : expand.split(",", -1)) {
            String pad = raw.trim();
            if (!PAD.matcher(pad).matches()) {
                throw ZgwException.invalid("expand", EXPAND_FORMAT_ERROR,
                        "De opgegeven expand-velden moeten een komma-lijst van velden in punt-notatie zijn.");
            }
            Expansie.Builder level = root;
            String current = resource;
            for (String veld : pad.split("\\.")) {
                Relatie relatie = model.relatie(current, veld).orElseThrow(() -> ZgwException.invalid("expand",
                        INVALID_EXPAND_FIELD, "'" + pad + "' is geen uitbreidbaar veld van deze resource."));
                level = level.veld(veld);
                current = relatie.doel();
            }
        }
        return root.build();
    }

    /** Adds {@code _expand} with the fields of {@code expansie} to every node of {@code resource}. */
    public void expand(String resource, List<ObjectNode> nodes, Expansie expansie) {
        if (expansie.isEmpty() || nodes.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Expansie> e : expansie.velden().entrySet()) {
            Relatie relatie = model.relatie(resource, e.getKey()).orElseThrow();
            Map<String, ObjectNode> loaded = load(relatie, nodes);
            Set<ObjectNode> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
            distinct.addAll(loaded.values());
            expand(relatie.doel(), new ArrayList<>(distinct), e.getValue());
            for (ObjectNode n : nodes) {
                ObjectNode holder = n.get(EXPAND) instanceof ObjectNode h ? h : n.putObject(EXPAND);
                List<String> urls = relatie.urls(n);
                if (relatie.meervoudig()) {
                    ArrayNode a = holder.putArray(relatie.veld());
                    urls.stream().map(loaded::get).filter(o -> o != null).forEach(a::add);
                } else {
                    ObjectNode one = urls.isEmpty() ? null : loaded.get(urls.get(0));
                    if (one == null) {
                        holder.putObject(relatie.veld());
                    } else {
                        holder.set(relatie.veld(), one);
                    }
                }
            }
        }
    }

    /** One loader call for the relation on all nodes; what the caller may not see is dropped here. */
    private Map<String, ObjectNode> load(Relatie relatie, List<ObjectNode> nodes) {
        Set<String> wanted = new LinkedHashSet<>();
        nodes.forEach(n -> wanted.addAll(relatie.urls(n)));
        Map<String, ObjectNode> visible = new HashMap<>();
        if (wanted.isEmpty()) {
            return visible;
        }
        ExpandLoader loader = loaders.voor(relatie.doel()).orElseThrow(() -> new IllegalStateException(
                "No expand loader for " + relatie.doel()));
        loader.load(wanted).forEach((url, node) -> {
            if (autorisatie.magZien(relatie.doel(), node)) {
                visible.put(url, node);
            }
        });
        return visible;
    }
}
