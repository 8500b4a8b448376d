package nl.zgw.testing.oas;

import java.util.List;

/**
 * What a service tells the response validation: where its official file is, under which API root its operations
 * live, and which findings it tolerates (each with its reason). A service registers one implementation in
 * {@code src/test/resources/META-INF/services/nl.zgw.testing.oas.ResponseValidationConfig}; without one the
 * validation runs with the defaults below and no tolerances.
 */
public interface ResponseValidationConfig {

    /** The official OpenAPI file on the test classpath, as the service serves it at {@code {root}/openapi.json}. */
    default String specification() {
        return "/META-INF/openapi.yaml";
    }

    /**
     * The API root the file's paths hang under, e.g. {@code /catalogi/api/v1}; {@code null} to take it from
     * {@code quarkus.smallrye-openapi.path} (the served {@code {root}/openapi}).
     */
    default String apiRoot() {
        return null;
    }

    /** Request paths under the root that are not operations of the file and are not validated. */
    default List<String> skippedPaths() {
        return List.of("/openapi.json", "/openapi.yaml", "/openapi");
    }

    default List<Tolerance> tolerances() {
        return List.of();
    }
}
