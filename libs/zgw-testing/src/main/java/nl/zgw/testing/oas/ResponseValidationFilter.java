package nl.zgw.testing.oas;

import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;
import java.util.List;
import java.util.logging.Logger;

/**
 * A REST Assured filter that passes every answer of the service under test through an {@link OasResponseValidator}
 * and fails the call when it does not conform. Calls to another port (WireMock, a test subscriber) or outside the
 * API root ({@code /q/health}, {@code /beheer/...}, {@code /notificaties/ops/...}) are not validated, nor the
 * root's own documents ({@code /openapi.json}).
 */
public final class ResponseValidationFilter implements OrderedFilter {

    /**
     * {@code ZGW_OAS_FINDINGS=log} (environment or system property) logs findings instead of failing: for surveying
     * a service once, never for a build.
     */
    static final String FINDINGS = "ZGW_OAS_FINDINGS";
    private static final Logger LOG = Logger.getLogger(ResponseValidationFilter.class.getName());

    private final OasResponseValidator validator;
    private final List<String> skippedPaths;
    private final boolean logOnly = "log".equals(System.getProperty(FINDINGS, System.getenv(FINDINGS)));

    public ResponseValidationFilter(OasResponseValidator validator, List<String> skippedPaths) {
        this.validator = validator;
        this.skippedPaths = List.copyOf(skippedPaths);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        if (applies(request)) {
            try {
                validator.check(RestAssuredRequest.of(request), RestAssuredResponse.of(response), response.asString());
            } catch (AssertionError e) {
                if (!logOnly) {
                    throw e;
                }
                LOG.warning("OAS finding: " + e.getMessage());
            }
        }
        return response;
    }

    boolean applies(FilterableRequestSpecification request) {
        URI uri = URI.create(request.getURI());
        int port = uri.getPort() == -1 ? request.getPort() : uri.getPort();
        if (port != RestAssured.port) {
            return false;
        }
        String root = validator.apiRoot();
        String path = uri.getPath();
        if (!path.equals(root) && !path.startsWith(root + "/")) {
            return false;
        }
        String rest = path.substring(root.length());
        return !skippedPaths.contains(rest);
    }

    /** Last in line, so it judges the answer as the test receives it. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
