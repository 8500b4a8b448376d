package nl.zgw.e2e;

import io.restassured.RestAssured;
import nl.zgw.testing.oas.OasResponseValidator;
import nl.zgw.testing.services.ZgwService;
import nl.zgw.testing.services.ZgwServices;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Starts the services once for the whole e2e run (JUnit's root store, closed at the end of the run) with
 * {@link ZgwServices}, and validates every answer of a started service against the OpenAPI file it serves itself.
 * {@code -Dzgw.e2e.services=catalogi,zaken} starts fewer (default: all six). With the Autorisaties API among them it
 * is the source of truth, as in the embedded run: every other service verifies each token there and, with the
 * Notificaties API, keeps the answers until kanaal {@code autorisaties} announces a change.
 */
public final class E2eServices implements BeforeAllCallback {

    static final String SERVICES_PROPERTY = "zgw.e2e.services";
    static final String DEFAULT_SERVICES = "catalogi,zaken,documenten,besluiten,autorisaties,notificaties";
    private static final Logger LOG = Logger.getLogger(E2eServices.class.getName());

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Started.class, k -> Started.start(), Started.class);
    }

    /** The started services; closed by JUnit when the run ends. */
    static final class Started implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final ZgwServices services;
        private final OasFilter filter;

        private Started(ZgwServices services, OasFilter filter) {
            this.services = services;
            this.filter = filter;
        }

        static Started start() {
            ZgwServices services = new ZgwServices();
            String names = System.getProperty(SERVICES_PROPERTY, DEFAULT_SERVICES);
            services.init(names.contains("autorisaties")
                    ? Map.of(ZgwServices.SERVICES, names, ZgwServices.AUTORISATIES, "api")
                    : Map.of(ZgwServices.SERVICES, names));
            services.start();
            Map<Integer, OasResponseValidator> validators = new LinkedHashMap<>();
            List<String> unvalidated = new ArrayList<>();
            for (ZgwService s : ZgwService.values()) {
                if (!ZgwServices.started(s.api())) {
                    continue;
                }
                String spec = servedSpecification(ZgwServices.url(s.api()));
                if (spec == null) {
                    unvalidated.add(s.api());
                    continue;
                }
                validators.put(URI.create(ZgwServices.base(s.api())).getPort(),
                        OasResponseValidator.ofText(spec, s.root(), E2eTolerances.of(s)));
            }
            if (!unvalidated.isEmpty()) {
                LOG.warning("e2e: not validated, no OpenAPI file served at {root}/openapi.yaml: " + unvalidated);
            }
            OasFilter filter = new OasFilter(validators);
            RestAssured.filters(filter);
            return new Started(services, filter);
        }

        /** The file the service serves at {@code {root}/openapi.yaml}, or null when it serves none (a skeleton). */
        private static String servedSpecification(String root) {
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(root + "/openapi.yaml")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 200 && r.body().contains("openapi:") ? r.body() : null;
            } catch (java.io.IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        @Override
        public void close() {
            RestAssured.replaceFiltersWith(new ArrayList<>(RestAssured.filters()).stream()
                    .filter(f -> f != filter).toList());
            services.stop();
        }
    }
}
