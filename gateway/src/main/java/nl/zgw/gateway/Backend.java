package nl.zgw.gateway;

import java.net.URI;
import java.util.Locale;

/** One service behind the gateway: the API name as it appears in the path, and where the service listens. */
record Backend(String api, String host, int port, boolean ssl) {

    static Backend of(String api, URI base) {
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("zgw.gateway.routes." + api + " must be an http(s) URL: " + base);
        }
        if (base.getHost() == null) {
            throw new IllegalArgumentException("zgw.gateway.routes." + api + " has no host: " + base);
        }
        if (base.getPath() != null && !base.getPath().isEmpty() && !base.getPath().equals("/")) {
            // the services serve their API roots themselves; the gateway never rewrites paths
            throw new IllegalArgumentException("zgw.gateway.routes." + api + " must be a base URL without a path: " + base);
        }
        boolean ssl = scheme.equals("https");
        int port = base.getPort() > 0 ? base.getPort() : ssl ? 443 : 80;
        return new Backend(api, base.getHost(), port, ssl);
    }

    /** The public path of the API's root, e.g. {@code /catalogi/api/v1}. */
    String apiRoot() {
        return "/" + api + "/api/v1";
    }

    /** How the API is called in messages: "Catalogi". */
    String displayName() {
        return api.substring(0, 1).toUpperCase(Locale.ROOT) + api.substring(1);
    }
}
