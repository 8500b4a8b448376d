package nl.zgw.common.security;

import com.github.tomakehurst.wiremock.WireMockServer;
import nl.zgw.common.testfixtures.RemoteAutorisaties;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A WireMock server playing the Autorisaties API, and zgw-common's remote source configured against it as a
 * service does ({@code zgw.autorisaties.url} plus its own credential).
 */
final class WireMockAc implements AutoCloseable {

    static final String ROOT = "/autorisaties/api/v1";
    static final String INTROSPECTIE = "/beheer/v1/introspectie";
    static final String SERVICE_ID = "zgw-zaken-api";
    static final String SERVICE_SECRET = "zaken-service-secret";

    final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    WireMockAc() {
        server.start();
    }

    AutorisatiesApi api() {
        return RemoteAutorisaties.api(server.baseUrl() + ROOT, SERVICE_ID, SERVICE_SECRET);
    }

    static ZgwAuthConfig auth(String secret) {
        return RemoteAutorisaties.auth(SERVICE_ID, secret);
    }

    @Override
    public void close() {
        server.stop();
    }
}
