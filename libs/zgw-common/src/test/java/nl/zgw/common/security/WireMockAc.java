package nl.zgw.common.security;

import nl.zgw.common.security.jwt.ZgwAuthConfig;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.ac.AutorisatiesApi;

import com.github.tomakehurst.wiremock.WireMockServer;
import nl.zgw.common.testfixtures.RemoteAutorisaties;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A WireMock server playing the Autorisaties API, and zgw-common's remote source configured against it as a
 * service does ({@code zgw.autorisaties.url} plus its own credential).
 */
public final class WireMockAc implements AutoCloseable {

    public static final String ROOT = "/autorisaties/api/v1";
    public static final String INTROSPECTIE = "/beheer/v1/introspectie";
    public static final String SERVICE_ID = "zgw-zaken-api";
    public static final String SERVICE_SECRET = "zaken-service-secret";

    public final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public WireMockAc() {
        server.start();
    }

    public AutorisatiesApi api() {
        return RemoteAutorisaties.api(server.baseUrl() + ROOT, SERVICE_ID, SERVICE_SECRET);
    }

    public static ZgwAuthConfig auth(String secret) {
        return RemoteAutorisaties.auth(SERVICE_ID, secret);
    }

    @Override
    public void close() {
        server.stop();
    }
}
