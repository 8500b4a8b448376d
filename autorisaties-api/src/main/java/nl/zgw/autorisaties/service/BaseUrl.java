package nl.zgw.autorisaties.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.autorisaties.config.AcConfig;
import nl.zgw.common.config.ZgwApiConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;

/** Applicatie URLs where no client request tells the public host (bootstrap, notification callbacks). */
@ApplicationScoped
public class BaseUrl {

    private final String apiRoot;

    public BaseUrl(AcConfig config, ZgwApiConfig api, @ConfigProperty(name = "quarkus.http.port") int port) {
        this.apiRoot = config.baseUrl().orElse("http://localhost:" + port).replaceAll("/+$", "") + api.root();
    }

    public String applicatie(UUID uuid) {
        return apiRoot + "/applicaties/" + uuid;
    }
}
