package nl.zgw.common.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.Arrays;

/**
 * Reads every typed JSON request body through the dialect: the JSON is parsed once, its keys normalised for the
 * target type ({@link SnakeCaseKeys}), kept in {@link ReceivedJson} and then bound ({@link BodyBinding}: every value
 * that does not bind is reported, with the constraint violations of the rest when the endpoint takes it {@code @Valid}). Raw bodies ({@code JsonNode},
 * {@code String}, bytes, streams) are passed on as sent; their endpoints read them with {@link BodyReader} or
 * {@link PatchMerger}, which know the type. Malformed JSON is left to the normal reader, which reports it.
 */
@Provider
public class SnakeCaseBodyReader implements ReaderInterceptor {

    private final ObjectMapper mapper;
    private final SnakeCaseKeys keys;
    private final BodyBinding binding;
    private final ReceivedJson received;

    public SnakeCaseBodyReader(ObjectMapper mapper, SnakeCaseKeys keys, BodyBinding binding, ReceivedJson received) {
        this.mapper = mapper;
        this.keys = keys;
        this.binding = binding;
        this.received = received;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!json(context.getMediaType()) || raw(context.getType())) {
            Object value = context.proceed();
            if (value instanceof JsonNode n) {
                received.set(n);
            }
            return value;
        }
        byte[] bytes = context.getInputStream().readAllBytes();
        JsonNode tree;
        try {
            tree = bytes.length == 0 ? null : mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            tree = null;
        }
        if (tree == null || tree.isMissingNode()) {
            context.setInputStream(new ByteArrayInputStream(bytes));
            return context.proceed();
        }
        JavaType type = mapper.constructType(context.getGenericType());
        JsonNode normalised = keys.normalise(tree, type);
        received.set(normalised);
        return binding.bind(normalised, type, validated(context.getAnnotations()));
    }

    /** A body the endpoint takes {@code @Valid}: its constraints are reported with the values that do not bind. */
    private static boolean validated(Annotation[] annotations) {
        return annotations != null && Arrays.stream(annotations).anyMatch(a -> a instanceof Valid);
    }

    private static boolean json(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    private static boolean raw(Class<?> type) {
        return JsonNode.class.isAssignableFrom(type) || type == String.class || type == byte[].class
                || InputStream.class.isAssignableFrom(type) || type == Object.class;
    }
}
