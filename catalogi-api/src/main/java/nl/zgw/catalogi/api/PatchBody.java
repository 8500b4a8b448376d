package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.catalogi.domain.invoer.Aanpassing;
import nl.zgw.common.request.PatchMerger;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A PATCH body as the service's {@link Aanpassing}: its keys normalised (snake_case accepted), laid over the current
 * state and read and validated as a PUT body would be ({@link PatchMerger}). A body that is not a JSON object is a
 * 400 at the first look, as before any rule.
 */
record PatchBody<R>(PatchMerger merger, JsonNode body, Class<R> type) implements Aanpassing<R> {

    @Override
    public Set<String> velden() {
        Set<String> velden = new LinkedHashSet<>();
        merger.normalised(body, type).fieldNames().forEachRemaining(velden::add);
        return velden;
    }

    @Override
    public R toegepastOp(ObjectNode huidig) {
        return merger.merge(huidig, body, type);
    }
}
