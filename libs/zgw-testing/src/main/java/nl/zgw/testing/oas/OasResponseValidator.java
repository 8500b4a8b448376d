package nl.zgw.testing.oas;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.schema.SwaggerV20Library;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import com.github.fge.jsonschema.cfg.ValidationConfiguration;
import com.github.fge.jsonschema.core.report.ListReportProvider;
import com.github.fge.jsonschema.core.report.LogLevel;
import com.github.fge.jsonschema.library.Library;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import com.github.fge.msgsimple.load.MessageBundles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a response against the schema of its operation in an official OpenAPI file: the documented status codes,
 * the content type, and the body (required fields, types, formats {@code date}, {@code date-time}, {@code uri},
 * {@code uuid}, enums, {@code nullable}), for success and problem ({@code Fout}, {@code ValidatieFout}) answers.
 *
 * <p>The work is done by Atlassian's swagger-request-validator; this class only configures it:
 * <ul>
 *   <li>The operation is found by method + path template under the API root ({@code /catalogi/api/v1}).</li>
 *   <li>Requests are not judged: tests send bad requests on purpose. A request outside every path of the file, or
 *   with a method the path does not have, has no operation and so no response schema: nothing is checked.</li>
 *   <li>{@code additionalProperties}: a schema that says nothing about it is read as {@code false}, so a field the
 *   service answers beyond the file fails the test. {@code allOf} is merged into one schema first (the files
 *   build every {@code ...Expanded} as {@code allOf: [X, {_expand}]}), so the rule applies to the whole. Drop-in extensions are then named one by one as
 *   {@link Tolerance}s, instead of every schema silently accepting anything.</li>
 *   <li>Discriminated schemas (an {@code allOf} subschema per value of a base's {@code discriminator}: Zaken Rol and
 *   ZaakObject, Autorisaties autorisaties) are judged by {@link DiscriminatedBodies}, which the library cannot do:
 *   base + the subschema the value picks, and an unknown value is a finding.</li>
 * </ul>
 * Every finding fails, except those matching a {@link Tolerance} (each with its reason) and {@link #STANDARD}.
 */
public final class OasResponseValidator {

    /**
     * Tolerated in every service because the files themselves say so, or the standard's own rule does: an unknown
     * query parameter answers 400 {@code unknown-parameters} (a ValidatieFout, still checked) also on the GETs whose
     * file lists no 400 (the Notificaties 1.0 lists, for example).
     */
    public static final List<Tolerance> STANDARD = List.of(
            Tolerance.of("GET", "*", "validation.response.status.unknown", "Response status 304 ",
                    "the files' If-None-Match parameter promises 'een lege HTTP 304' but no operation lists 304"),
            Tolerance.of("HEAD", "*", "validation.response.status.unknown", "Response status 304 ",
                    "the files' If-None-Match parameter promises 'een lege HTTP 304' but no operation lists 304"),
            Tolerance.of("GET", "*", "validation.response.status.unknown", "Response status 400 ",
                    "unknown query parameters are 400 unknown-parameters on every operation (the standard's rule)"));

    private static final String STATUS_UNKNOWN = "validation.response.status.unknown";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator validator;
    private final SchemaValidator problems;
    private final ApiOperationResolver operations;
    private final DiscriminatedBodies discriminated;
    private final String apiRoot;
    private final List<Tolerance> tolerances;

    private OasResponseValidator(OpenApiInteractionValidator validator, SchemaValidator problems,
                                 ApiOperationResolver operations, DiscriminatedBodies discriminated, String apiRoot,
                                 List<Tolerance> tolerances) {
        this.validator = validator;
        this.problems = problems;
        this.operations = operations;
        this.discriminated = discriminated;
        this.apiRoot = apiRoot;
        this.tolerances = tolerances;
    }

    /**
     * A validator for the file at {@code classpathResource} whose paths hang under {@code apiRoot}, tolerating
     * {@link #STANDARD} and {@code tolerances}.
     */
    public static OasResponseValidator of(String classpathResource, String apiRoot, List<Tolerance> tolerances) {
        return ofText(read(classpathResource), apiRoot, tolerances);
    }

    /** As {@link #of(String, String, List)} with the file's text given. */
    public static OasResponseValidator ofText(String file, String apiRoot, List<Tolerance> tolerances) {
        JsonNode tree = loadableTree(file);
        Discriminators discriminators = Discriminators.takeOver(tree);
        String specification = tree.toString();
        LevelResolver levels = LevelResolver.create()
                .withDefaultLevel(ValidationReport.Level.ERROR)
                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                .build();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(specification)
                .withBasePathOverride(apiRoot)
                .withLevelResolver(levels)
                .withResolveCombinators(true)
                .withSchemaFactorySupplier(OasResponseValidator::schemaFactory)
                .build();
        // parsed as the interaction validator parses it, so a subschema's allOf is one schema here too
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(specification, null, options).getOpenAPI();
        SchemaValidator schemas = new SchemaValidator(api, new MessageResolver(levels),
                OasResponseValidator::schemaFactory);
        List<Tolerance> all = new ArrayList<>(STANDARD);
        all.addAll(tolerances);
        return new OasResponseValidator(validator, schemas, new ApiOperationResolver(api, apiRoot, false),
                new DiscriminatedBodies(tree, discriminators, schemas, merged(tree, discriminators, options)),
                apiRoot, List.copyOf(all));
    }

    /**
     * The schemas discriminated objects are judged by, resolved as the interaction validator resolves a response
     * schema: the parser merges {@code allOf} only where a schema is used, not in {@code components}, so each is used
     * once as the response of a path of its own, in a copy of the file parsed for this alone. Judged from
     * {@code components} instead, a property's {@code allOf [X]} (Rol's betrokkeneIdentificatie) would be judged part
     * by part, and answer otherwise than the same property outside a discriminated object.
     */
    private static Map<String, Schema<?>> merged(JsonNode tree, Discriminators discriminators, ParseOptions options) {
        if (discriminators.isEmpty()) {
            return Map.of();
        }
        ObjectNode copy = tree.deepCopy();
        ObjectNode paths = copy.has("paths") ? (ObjectNode) copy.get("paths") : copy.putObject("paths");
        for (String name : discriminators.judgedSchemas()) {
            paths.putObject("/" + name).putObject("get").putObject("responses").putObject("200")
                    .put("description", name).putObject("content").putObject("application/json")
                    .putObject("schema").put("$ref", "#/components/schemas/" + name);
        }
        OpenAPI api = new OpenAPIV3Parser().readContents(copy.toString(), null, options).getOpenAPI();
        Map<String, Schema<?>> merged = new HashMap<>();
        for (String name : discriminators.judgedSchemas()) {
            merged.put(name, api.getPaths().get("/" + name).getGet().getResponses().get("200").getContent()
                    .get("application/json").getSchema());
        }
        return merged;
    }

    /** The validator's own schema factory (OAS keywords and formats), with {@code uri} meaning absolute. */
    private static JsonSchemaFactory schemaFactory() {
        Library library = SwaggerV20Library.get().thaw()
                .addFormatAttribute("uri", new AbsoluteUriFormat())
                .freeze();
        return JsonSchemaFactory.newBuilder()
                .setValidationConfiguration(ValidationConfiguration.newBuilder()
                        .setDefaultLibrary(SwaggerV20Library.OAI_V2_METASCHEMA_URI, library)
                        .setSyntaxMessages(MessageBundles.getBundle(SwaggerV20Library.SyntaxBundle.class))
                        .setValidationMessages(MessageBundles.getBundle(SwaggerV20Library.ValidationBundle.class))
                        .freeze())
                .setReportProvider(new ListReportProvider(LogLevel.ERROR, LogLevel.FATAL))
                .freeze();
    }

    public String apiRoot() {
        return apiRoot;
    }

    /** Every finding on this exchange that no tolerance covers, one readable line each; empty when it conforms. */
    public List<String> violations(Request request, Response response) {
        ValidationReport report = validator.validate(request, response);
        String method = request.getMethod().name();
        List<String> found = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            String apiPath = message.getContext().flatMap(ValidationReport.MessageContext::getApiOperation)
                    .map(ApiOperation::getApiPath).map(p -> p.original()).orElse("?");
            if (tolerances.stream().anyMatch(t -> t.matches(method, apiPath, message))) {
                if (message.getKey().equals(STATUS_UNKNOWN) && !method.equals("HEAD")) {
                    found.addAll(problemViolations(response));
                }
                continue;
            }
            found.add(describe(message));
        }
        found.addAll(discriminatedViolations(request, response));
        return found;
    }

    /** The findings of {@link DiscriminatedBodies} in a JSON answer of an operation of the file, tolerances applied. */
    private List<String> discriminatedViolations(Request request, Response response) {
        if (!discriminated.applies()) {
            return List.of();
        }
        ApiOperationMatch match = operations.findApiOperation(request.getPath(), request.getMethod());
        JsonNode body = json(text(response));
        if (!match.isPathFound() || !match.isOperationAllowed() || body == null) {
            return List.of();
        }
        ApiOperation operation = match.getApiOperation();
        String method = request.getMethod().name();
        String apiPath = operation.getApiPath().original();
        List<String> found = new ArrayList<>();
        for (ValidationReport.Message message : discriminated.findings(operation, response.getStatus(),
                response.getContentType().orElse(null), body)) {
            if (message.getLevel() == ValidationReport.Level.ERROR
                    && tolerances.stream().noneMatch(t -> t.matches(method, apiPath, message))) {
                found.add(describe(message));
            }
        }
        return found;
    }

    private static JsonNode json(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null; // not JSON: the library reports the body against its schema
        }
    }

    private static String text(Response response) {
        return response.getResponseBody().map(b -> {
            try {
                return b.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse("");
    }

    /**
     * A tolerated status the operation does not list has no schema there; an error answer is then still held to
     * the standard's problem schemas: {@code ValidatieFout} for 400, {@code Fout} for the other 4xx/5xx.
     */
    private List<String> problemViolations(Response response) {
        if (response.getStatus() < 400) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        String contentType = response.getContentType().orElse("");
        if (!contentType.startsWith("application/problem+json")) {
            found.add("[undocumented status] content type '" + contentType + "' is not application/problem+json");
        }
        String schema = response.getStatus() == 400 ? "ValidatieFout" : "Fout";
        String body = text(response);
        ValidationReport report = problems.validate(body,
                new Schema<>().$ref("#/components/schemas/" + schema), "response.body");
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                found.add("[undocumented status, held to " + schema + "] " + describe(message));
            }
        }
        return found;
    }

    /**
     * Fails with every finding when the exchange does not conform; {@code body} is the response text, shown (cut)
     * in the failure so the wrong value can be seen.
     */
    public void check(Request request, Response response, String body) {
        List<String> found = violations(request, response);
        if (!found.isEmpty()) {
            String shown = body == null ? "" : body.length() > 1500 ? body.substring(0, 1500) + "..." : body;
            throw new AssertionError("Response to " + request.getMethod() + " " + request.getPath() + " -> "
                    + response.getStatus() + " does not conform to the official OpenAPI file:\n  - "
                    + String.join("\n  - ", found) + "\n  body: " + shown);
        }
    }

    /** Convenience for a JSON (or problem+json) answer without an HTTP client, e.g. in the validator's own tests. */
    public List<String> violations(String method, String path, int status, String contentType, String body) {
        Request request = new SimpleRequest.Builder(method, path).build();
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null) {
            response.withBody(body);
        }
        return violations(request, response.build());
    }

    private static String describe(ValidationReport.Message message) {
        StringBuilder line = new StringBuilder("[").append(message.getKey()).append("] ").append(message.getMessage());
        message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .ifPresent(p -> line.append(" at ").append(p.getInstance()));
        for (String info : message.getAdditionalInfo()) {
            line.append("; ").append(info);
        }
        for (ValidationReport.Message nested : message.getNestedMessages()) {
            line.append("\n      ").append(describe(nested));
        }
        return line.toString();
    }

    /**
     * The file as the validator can load it (the served file stays unchanged): each {@code $ref} into another file
     * (the Zaken 1.7 file points at the Catalogi, Documenten and Besluiten files by relative path, e.g.
     * {@code '../../../../catalogi/ztc/1.3.x/1.3.2/openapi.yaml#/...'}, which no loader can follow) becomes
     * {@code type: object}, so an embedded resource of another API is checked to be an object; an array schema
     * without {@code items} (Zaken 1.7 {@code ZaakZoek.fields}) gets {@code items: {}}. Everything else of the file
     * is checked in full. Returned as JSON.
     */
    static String withoutExternalRefs(String specification) {
        return loadableTree(specification).toString();
    }

    private static JsonNode loadableTree(String specification) {
        try {
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(specification);
            loadable(tree);
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void loadable(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual() && !ref.asText().startsWith("#")) {
                o.removeAll();
                o.put("type", "object");
                return;
            }
            if ("array".equals(o.path("type").asText(null)) && !o.has("items")) {
                o.putObject("items");
            }
            nullAsEnumValue(o);
            o.forEach(OasResponseValidator::loadable);
        } else if (node != null && node.isArray()) {
            node.forEach(OasResponseValidator::loadable);
        }
    }

    /**
     * An {@code enum} holding {@code null} allows null, which the validator reads from {@code nullable} only. The
     * file's NullEnum ({@code enum: [null]}, its way to allow null in a {@code oneOf}) is read by the parser as a
     * string enum: marked nullable it allows the null it stands for. Beside a {@code oneOf}/{@code anyOf}/{@code allOf}
     * or {@code $ref} an {@code enum: [null]} is how a service serves the file's {@code nullable: true} there
     * (SmallRye OpenAPI writes the null into the enum and drops {@code nullable}: Zaken 1.7 {@code archiefnominatie},
     * {@code nullable} + {@code oneOf [ArchiefnominatieEnum, BlankEnum, NullEnum]}); read as an enum it would refuse
     * every value but null, so it is read back as {@code nullable: true}.
     */
    private static void nullAsEnumValue(ObjectNode o) {
        JsonNode values = o.get("enum");
        if (values == null || !values.isArray() || o.has("type")) {
            return;
        }
        boolean onlyNull = values.size() == 1 && values.get(0).isNull();
        if (onlyNull && (o.has("oneOf") || o.has("anyOf") || o.has("allOf") || o.has("$ref"))) {
            o.remove("enum");
            o.put("nullable", true);
        } else if (onlyNull) {
            o.put("nullable", true);
        }
    }

    private static String read(String classpathResource) {
        try (InputStream in = OasResponseValidator.class.getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("No " + classpathResource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
