package nl.zgw.common.expand;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The expandable relations of the resources of one API (the OAS {@code *Embedded} / {@code _expand} schemas),
 * declared once:
 * <pre>
 * ExpandModel.builder()
 *     .resource("zaaktypen").toOne("catalogus", "catalogussen").toMany("statustypen", "statustypen")
 *     .resource("statustypen").toOne("zaaktype", "zaaktypen")
 *     .build();
 * </pre>
 * A target may be a resource of another API (e.g. {@code "zaaktype"} in the Zaken API); which loader fetches it is
 * up to the {@link ExpandLoaders} given to the {@link Expander}.
 */
public final class ExpandModel {

    private final Map<String, Map<String, Relatie>> relaties;

    private ExpandModel(Map<String, Map<String, Relatie>> relaties) {
        this.relaties = relaties;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The relation {@code veld} of {@code resource}, if it is expandable. */
    public Optional<Relatie> relatie(String resource, String veld) {
        return Optional.ofNullable(relaties.getOrDefault(resource, Map.of()).get(veld));
    }

    /** The expandable fields of {@code resource}. */
    public Set<String> velden(String resource) {
        return relaties.getOrDefault(resource, Map.of()).keySet();
    }

    public static final class Builder {

        private final Map<String, Map<String, Relatie>> relaties = new LinkedHashMap<>();
        private Map<String, Relatie> current;

        /** Starts the declaration of {@code resource}; also declares a resource without expandable fields. */
        public Builder resource(String resource) {
            current = relaties.computeIfAbsent(resource, k -> new LinkedHashMap<>());
            return this;
        }

        public Builder toOne(String veld, String doel) {
            return add(new Relatie(veld, doel, false, null));
        }

        public Builder toMany(String veld, String doel) {
            return add(new Relatie(veld, doel, true, null));
        }

        /** A to-many field whose items are objects carrying the URL in {@code itemVeld}. */
        public Builder toMany(String veld, String itemVeld, String doel) {
            return add(new Relatie(veld, doel, true, itemVeld));
        }

        private Builder add(Relatie relatie) {
            if (current == null) {
                throw new IllegalStateException("Declare the resource before its relations");
            }
            current.put(relatie.veld(), relatie);
            return this;
        }

        public ExpandModel build() {
            Map<String, Map<String, Relatie>> copy = new LinkedHashMap<>();
            relaties.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
            return new ExpandModel(Map.copyOf(copy));
        }
    }
}
