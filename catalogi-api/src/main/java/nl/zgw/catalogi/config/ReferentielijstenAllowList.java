package nl.zgw.catalogi.config;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * The Referentielijsten API root ({@code zgw.referentielijsten.url}) is always one of the API roots this service
 * may dereference ({@code zgw.refs.allowed-api-roots}), whatever else that list is configured to hold.
 */
public class ReferentielijstenAllowList implements ConfigSourceInterceptor {

    static final String ALLOWED = "zgw.refs.allowed-api-roots";
    static final String REFERENTIELIJSTEN = "zgw.referentielijsten.url";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!ALLOWED.equals(name)) {
            return value;
        }
        ConfigValue root = context.proceed(REFERENTIELIJSTEN);
        if (root == null || root.getValue() == null || root.getValue().isBlank()) {
            return value;
        }
        String url = root.getValue().trim();
        if (value == null || value.getValue() == null || value.getValue().isBlank()) {
            return (value == null ? ConfigValue.builder().withName(ALLOWED).build() : value).withValue(url);
        }
        return value.getValue().contains(url) ? value : value.withValue(value.getValue() + "," + url);
    }
}
