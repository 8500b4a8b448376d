package nl.zgw.gateway;

import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code API-version} header on the gateway's own answers under an API root ({@code /{api}/api/v1...}). */
@ApplicationScoped
public class ApiVersions {

    static final String HEADER = "API-version";
    private static final Pattern API_ROOT = Pattern.compile("^/([^/?#]+)/api/v1(?:[/?#].*)?$");

    private final Map<String, String> versions;

    public ApiVersions(GatewayConfig config) {
        this.versions = Map.copyOf(config.apiVersions());
    }

    /** Sets the header when {@code uri} (raw request target, valid or not) is under a known API's root. */
    void set(HttpServerResponse response, String uri) {
        if (uri == null) {
            return;
        }
        Matcher m = API_ROOT.matcher(uri);
        if (m.matches() && versions.containsKey(m.group(1))) {
            response.putHeader(HEADER, versions.get(m.group(1)));
        }
    }

    String of(String api) {
        return versions.get(api);
    }
}
