package nl.zgw.common.expand;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A loader for a resource of this API: the UUIDs are read from the URLs and the resources rendered in one batch
 * (one query per relation, see the service's renderer). A URL of another collection or host is left out.
 */
public final class LocalExpandLoader implements ExpandLoader {

    private final Function<String, Optional<UUID>> uuidOf;
    private final Function<Collection<UUID>, List<ObjectNode>> render;

    /**
     * @param uuidOf the UUID of a URL of this collection (empty for anything else)
     * @param render renders the resources with these UUIDs; each rendered node carries its {@code url}
     */
    public LocalExpandLoader(Function<String, Optional<UUID>> uuidOf,
                             Function<Collection<UUID>, List<ObjectNode>> render) {
        this.uuidOf = uuidOf;
        this.render = render;
    }

    @Override
    public Map<String, ObjectNode> load(Collection<String> urls) {
        Map<String, UUID> wanted = new HashMap<>();
        Set<UUID> uuids = new LinkedHashSet<>();
        for (String url : urls) {
            uuidOf.apply(url).ifPresent(u -> {
                wanted.put(url, u);
                uuids.add(u);
            });
        }
        Map<String, ObjectNode> out = new HashMap<>();
        if (uuids.isEmpty()) {
            return out;
        }
        Map<UUID, ObjectNode> byUuid = new HashMap<>();
        for (ObjectNode n : render.apply(uuids)) {
            uuidOf.apply(n.path("url").asText()).ifPresent(u -> byUuid.put(u, n));
        }
        wanted.forEach((url, u) -> {
            ObjectNode n = byUuid.get(u);
            if (n != null) {
                out.put(url, n);
            }
        });
        return out;
    }
}
