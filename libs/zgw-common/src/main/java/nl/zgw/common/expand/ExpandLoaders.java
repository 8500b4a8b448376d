package nl.zgw.common.expand;

import java.util.Map;
import java.util.Optional;

/** Which {@link ExpandLoader} loads a target resource of the {@link ExpandModel}. */
@FunctionalInterface
public interface ExpandLoaders {

    Optional<ExpandLoader> voor(String doel);

    static ExpandLoaders of(Map<String, ExpandLoader> loaders) {
        Map<String, ExpandLoader> copy = Map.copyOf(loaders);
        return doel -> Optional.ofNullable(copy.get(doel));
    }
}
