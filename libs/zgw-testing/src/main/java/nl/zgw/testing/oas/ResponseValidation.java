package nl.zgw.testing.oas;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * Installs the {@link ResponseValidationFilter} of the service under test as a global REST Assured filter, so every
 * call of every test is validated without touching the tests. {@link ResponseValidationCallback} calls
 * {@link #install()} before each {@code @QuarkusTest} method; a module without an official file on its test
 * classpath (a skeleton service) is left alone.
 */
public final class ResponseValidation {

    private static final Logger LOG = Logger.getLogger(ResponseValidation.class.getName());
    private static Filter filter;
    private static boolean resolved;

    private ResponseValidation() {
    }

    /** Adds the filter to {@code RestAssured.filters()} unless it is there already (idempotent). */
    public static synchronized void install() {
        Filter f = filter();
        if (f != null && !RestAssured.filters().contains(f)) {
            RestAssured.filters(f);
        }
    }

    /** The filter of this module, or {@code null} when the module has no official file to validate against. */
    public static synchronized Filter filter() {
        if (!resolved) {
            resolved = true;
            filter = build(config());
        }
        return filter;
    }

    private static Filter build(ResponseValidationConfig config) {
        if (ResponseValidation.class.getResource(config.specification()) == null) {
            LOG.info("No " + config.specification() + " on the test classpath: responses are not validated");
            return null;
        }
        String root = config.apiRoot() != null ? config.apiRoot() : rootFromServedPath();
        LOG.info("Every response under " + root + " is validated against " + config.specification() + " ("
                + config.tolerances().size() + " tolerances)");
        return new ResponseValidationFilter(OasResponseValidator.of(config.specification(), root,
                config.tolerances()), config.skippedPaths());
    }

    private static ResponseValidationConfig config() {
        Iterator<ResponseValidationConfig> found = ServiceLoader.load(ResponseValidationConfig.class,
                Thread.currentThread().getContextClassLoader()).iterator();
        return found.hasNext() ? found.next() : new ResponseValidationConfig() { };
    }

    /** {@code quarkus.smallrye-openapi.path} is {@code {root}/openapi}, where the standard serves the file. */
    private static String rootFromServedPath() {
        String served = ConfigProvider.getConfig().getValue("quarkus.smallrye-openapi.path", String.class);
        return served.replaceFirst("/openapi$", "");
    }
}
