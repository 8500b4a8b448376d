package nl.zgw.common.expand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.common.refs.ReferenceException;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * A loader for a resource of another API, over the {@link ReferenceClient}: each distinct URL is fetched once per
 * call (and comes from the client's cache when fresh). A URL that is not allow-listed or cannot be fetched is left
 * out, as the reference implementation leaves it empty, so one unreachable API does not fail the whole read.
 */
public final class RemoteExpandLoader implements ExpandLoader {

    private static final Logger LOG = Logger.getLogger(RemoteExpandLoader.class);

    private final ReferenceClient client;

    public RemoteExpandLoader(ReferenceClient client) {
        this.client = client;
    }

    @Override
    public Map<String, ObjectNode> load(Collection<String> urls) {
        Map<String, ObjectNode> out = new HashMap<>();
        for (String url : new LinkedHashSet<>(urls)) {
            try {
                JsonNode node = client.get(url);
                if (node instanceof ObjectNode o) {
                    out.put(url, o.deepCopy());
                }
            } catch (ReferenceException e) {
                LOG.debugf("expand: %s not loaded (%s)", url, e.code());
            }
        }
        return out;
    }
}
