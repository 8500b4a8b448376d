package nl.zgw.autorisaties.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.zgw.common.security.AutorisatiesApi;
import nl.zgw.common.security.ServiceTokens;
import nl.zgw.common.security.ZgwAuthConfig;
import nl.zgw.common.security.ZgwAutorisatiesConfig;

import java.time.Duration;
import java.util.Optional;

/**
 * zgw-common's remote source as another service configures it ({@code zgw.autorisaties.url} and its own service
 * credential), pointed at the running Autorisaties API under test.
 */
public final class RemoteClient {

    private RemoteClient() {
    }

    public static AutorisatiesApi api(String acRoot, String serviceClientId, String serviceSecret) {
        ZgwAutorisatiesConfig config = new ZgwAutorisatiesConfig() {
            @Override
            public Optional<String> url() {
                return Optional.of(acRoot);
            }

            @Override
            public Optional<String> introspectionUrl() {
                return Optional.empty();
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(5);
            }
        };
        return new AutorisatiesApi(config, new ServiceTokens(auth(serviceClientId, serviceSecret)), new ObjectMapper());
    }

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
