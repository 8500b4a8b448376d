package nl.zgw.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The operations of the official OpenAPI document a service serves ({@code META-INF/openapi.yaml} on the test
 * classpath), for contract tests that call every one of them against the running service.
 */
public final class OfficialOpenApi {

    private static final Set<String> METHODS = Set.of("get", "head", "post", "put", "patch", "delete");

    /**
     * One operation: upper-case method, the OAS path, the names of its query parameters ($refs resolved) and the
     * scope expressions of its {@code JWT-Claims} requirement (empty when the file asks for no token).
     */
    public record Operation(String method, String path, List<String> queryParameters, List<String> scopes) {

        /** The file asks a token with a scope for this operation. */
        public boolean secured() {
            return !scopes.isEmpty();
        }

        /** The path with every {@code {...}} parameter replaced by a fresh UUID. */
        public String concretePath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        /** A list (or other collection-level) operation: no path parameter. */
        public boolean collection() {
            return !path.contains("{");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private OfficialOpenApi() {
    }

    public static List<Operation> operations() {
        JsonNode oas = load();
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = oas.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                List<String> query = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    JsonNode param = resolve(oas, p);
                    if ("query".equals(param.path("in").asText())) {
                        query.add(param.path("name").asText());
                    }
                }
                JsonNode security = op.getValue().has("security") ? op.getValue().get("security")
                        : oas.path("security");
                List<String> scopes = new ArrayList<>();
                for (JsonNode requirement : security) {
                    requirement.path("JWT-Claims").forEach(scope -> scopes.add(scope.asText()));
                }
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(query),
                        List.copyOf(scopes)));
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode oas, JsonNode parameter) {
        if (!parameter.has("$ref")) {
            return parameter;
        }
        JsonNode node = oas;
        for (String part : parameter.get("$ref").asText().replaceFirst("^#/", "").split("/")) {
            node = node.path(part);
        }
        return node;
    }

    private static JsonNode load() {
        try (InputStream in = OfficialOpenApi.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("No META-INF/openapi.yaml on the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
