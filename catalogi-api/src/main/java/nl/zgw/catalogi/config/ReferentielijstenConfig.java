package nl.zgw.catalogi.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Referentielijsten/Selectielijst API this catalogue validates against, and the built-in read-only copy. */
@ConfigMapping(prefix = "zgw.referentielijsten")
public interface ReferentielijstenConfig {

    /** API root of the Referentielijsten API (env ZGW_REFERENTIELIJSTEN_URL); always allow-listed for references. */
    String url();

    Builtin builtin();

    interface Builtin {
        /** Serve the bundled public data at /referentielijsten/api/v1 (procestypen, resultaten, ...). */
        @WithDefault("true")
        boolean enabled();
    }
}
