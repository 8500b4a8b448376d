package nl.zgw.common.expand;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Map;

/**
 * Loads the resources of one target for the {@link Expander}: all URLs of one relation on one level of one page in
 * a single call, so a page costs one query (or one cached fetch per distinct URL) per relation per level.
 */
@FunctionalInterface
public interface ExpandLoader {

    /**
     * The representations behind {@code urls}, keyed by the URL as given; a URL that points at nothing (or at
     * something that cannot be fetched) is absent from the answer.
     */
    Map<String, ObjectNode> load(Collection<String> urls);
}
