package nl.zgw.common.testfixtures;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.zgw.common.security.ac.AutorisatiesApi;
import nl.zgw.common.security.jwt.ServiceTokens;
import nl.zgw.common.security.jwt.ZgwAuthConfig;
import nl.zgw.common.security.ac.ZgwAutorisatiesConfig;
import nl.zgw.common.security.ac.ZgwAutorisatiesConfig.TokenVerification;

import java.time.Duration;
import java.util.Optional;

/**
 * zgw-common's Autorisaties API client as a service configures it ({@code zgw.autorisaties.url} and its own service
 * credential), for tests that point it at a running Autorisaties API or at a WireMock one.
 */
public final class RemoteAutorisaties {

    private RemoteAutorisaties() {
    }

    public static AutorisatiesApi api(String acRoot, String serviceClientId, String serviceSecret) {
        return api(acRoot, serviceClientId, serviceSecret, TokenVerification.INTROSPECTION);
    }

    public static AutorisatiesApi api(String acRoot, String serviceClientId, String serviceSecret,
                                      TokenVerification verification) {
        return new AutorisatiesApi(config(acRoot, verification),
                new ServiceTokens(auth(serviceClientId, serviceSecret)), new ObjectMapper());
    }

    /** {@code zgw.autorisaties.*} pointing at {@code acRoot}. */
    public static ZgwAutorisatiesConfig config(String acRoot, TokenVerification verification) {
        return new ZgwAutorisatiesConfig() {
            @Override
            public Optional<String> url() {
                return Optional.of(acRoot);
            }

            @Override
            public Optional<String> introspectionUrl() {
                return Optional.empty();
            }

            @Override
            public TokenVerification tokenVerification() {
                return verification;
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Cache cache() {
                return new Cache() {
                    @Override
                    public Duration ttl() {
                        return Duration.ZERO;
                    }

                    @Override
                    public long maximumSize() {
                        return 1;
                    }
                };
            }
        };
    }

    /** {@code zgw.auth.*} of a service with this own credential and the default JWT settings. */
    public static ZgwAuthConfig auth(String clientId, String secret) {
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
                        return clientId;
                    }

                    @Override
                    public Optional<String> secret() {
                        return Optional.ofNullable(secret);
                    }
                };
            }
        };
    }
}
