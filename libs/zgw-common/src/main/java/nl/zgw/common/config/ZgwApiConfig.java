package nl.zgw.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What identifies this service as a ZGW component. */
@ConfigMapping(prefix = "zgw.api")
public interface ZgwApiConfig {

    /** The component code used in Autorisaties: {@code ztc, zrc, drc, brc, ac, nrc}. */
    String component();

    /** The standard's version this service implements, sent as {@code API-version} on every response. */
    String version();

    /** The API root path, e.g. {@code /catalogi/api/v1}. */
    String root();

    /** Trust {@code X-Forwarded-Proto/Host/Prefix} when building public URLs (the service sits behind the gateway). */
    @WithDefault("true")
    boolean trustForwardedHeaders();
}
