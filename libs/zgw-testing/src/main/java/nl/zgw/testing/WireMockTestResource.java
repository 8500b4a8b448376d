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
 * {@code path}); test fields annotated {@link InjectWireMock} receive the server to stub on.
 */
public class WireMockTestResource implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectWireMock {
    }

    private WireMockServer server;
    private String property = "zgw.test.wiremock.url";
    private String path = "";

    @Override
    public void init(Map<String, String> initArgs) {
        property = initArgs.getOrDefault("property", property);
        path = initArgs.getOrDefault("path", path);
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        return Map.of(property, server.baseUrl() + path);
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
