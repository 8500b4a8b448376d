package nl.zgw.common.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import java.time.Duration;
import java.util.Optional;

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
        return new AutorisatiesApi(autorisaties(server.baseUrl() + ROOT), new ServiceTokens(auth(SERVICE_SECRET)),
                new ObjectMapper());
    }

    static ZgwAutorisatiesConfig autorisaties(String root) {
        return new ZgwAutorisatiesConfig() {
            @Override
            public Optional<String> url() {
                return Optional.of(root);
            }

            @Override
            public Optional<String> introspectionUrl() {
                return Optional.empty();
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(2);
            }
        };
    }

    static ZgwAuthConfig auth(String secret) {
        return new ZgwAuthConfig() {
            @Override
            public Optional<String> clients() {
                return Optional.empty();
            }

            @Override
            public Jwt jwt() {
                return new Jwt() {
                    @Override
                    public Duration maxAge() {
                        return Duration.ofHours(1);
                    }

                    @Override
                    public Duration leeway() {
                        return Duration.ofMinutes(5);
                    }
                };
            }

            @Override
            public Service service() {
                return new Service() {
                    @Override
                    public String clientId() {
                        return SERVICE_ID;
                    }

                    @Override
                    public Optional<String> secret() {
                        return Optional.ofNullable(secret);
                    }
                };
            }
        };
    }

    @Override
    public void close() {
        server.stop();
    }
}
