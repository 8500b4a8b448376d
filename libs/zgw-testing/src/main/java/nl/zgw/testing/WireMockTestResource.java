package nl.zgw.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A WireMock server for a system outside this project (e.g. the Selectielijst API).
 * Init arg {@code property} names the config property that receives the server's base URL (plus optional
 * {@code path}); {@code more} adds further properties as {@code name=path,...} on the same server. Test fields
 * annotated {@link InjectWireMock} receive the server to stub on.
 */
public class WireMockTestResource implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectWireMock {
    }

    private WireMockServer server;
    private String property = "zgw.test.wiremock.url";
    private String path = "";
    private String more = "";

    @Override
    public void init(Map<String, String> initArgs) {
        property = initArgs.getOrDefault("property", property);
        path = initArgs.getOrDefault("path", path);
        more = initArgs.getOrDefault("more", more);
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        Map<String, String> config = new java.util.HashMap<>();
        config.put(property, server.baseUrl() + path);
        for (String entry : more.split(",")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                config.put(entry.substring(0, eq).trim(), server.baseUrl() + entry.substring(eq + 1).trim());
            }
        }
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
