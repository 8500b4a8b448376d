package nl.zgw.e2e;

import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import nl.zgw.testing.oas.OasResponseValidator;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Every answer of a started service, below its API root, checked against that service's own OpenAPI file (chosen by
 * port). The root's own documents ({@code /openapi.json|yaml}) are not.
 */
final class OasFilter implements OrderedFilter {

    private static final List<String> SKIPPED = List.of("/openapi.json", "/openapi.yaml", "/openapi");
    private final Map<Integer, OasResponseValidator> byPort;

    OasFilter(Map<Integer, OasResponseValidator> byPort) {
        this.byPort = Map.copyOf(byPort);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        OasResponseValidator validator = byPort.get(uri.getPort());
        if (validator != null) {
            String root = validator.apiRoot();
            String path = uri.getPath();
            if ((path.equals(root) || path.startsWith(root + "/")) && !SKIPPED.contains(path.substring(root.length()))) {
                validator.check(RestAssuredRequest.of(request), RestAssuredResponse.of(response), response.asString());
            }
        }
        return response;
    }

    /** Last in line, so it judges the answer as the test receives it. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
