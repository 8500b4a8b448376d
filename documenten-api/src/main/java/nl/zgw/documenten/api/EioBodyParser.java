package nl.zgw.documenten.api;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.documenten.content.ContentStore;
import nl.zgw.documenten.content.ContentStore.StoredContent;
import nl.zgw.documenten.content.ContentStores;
import org.jboss.logging.Logger;

/**
 * Reads an enkelvoudiginformatieobject body as it arrives: every field but {@code inhoud} into a tree (read by the
 * dialect's {@code BodyReader} afterwards), and the base64 string {@code inhoud} decoded by Jackson's streaming
 * base64 decoder straight into {@link ContentStore#put} through a pipe, so a document of any size needs a few
 * buffers of heap, never the whole body. Content first, metadata second: the caller deletes the stored content when
 * the metadata is refused; what a crash leaves behind is an orphan the sweeper removes.
 */
@ApplicationScoped
public class EioBodyParser {

    static final String INHOUD = "inhoud";
    private static final Logger LOG = Logger.getLogger(EioBodyParser.class);
    private static final int PIPE = 256 * 1024;
    private static final Base64Variant BASE64 = Base64Variants.MIME_NO_LINEFEEDS.withPaddingAllowed();

    private final ObjectMapper mapper;
    private final ContentStores stores;
    private final ExecutorService writers;

    public EioBodyParser(ObjectMapper mapper, ContentStores stores) {
        this.mapper = mapper;
        this.stores = stores;
        AtomicInteger n = new AtomicInteger();
        this.writers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "documenten-content-writer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        writers.shutdownNow();
    }

    /** What the body held: the other fields, and the stored inhoud when a non-empty one was sent. */
    public record Parsed(ObjectNode fields, StoredContent content, boolean inhoudSent) {
    }

    public Parsed parse(InputStream body) {
        ObjectNode fields = mapper.createObjectNode();
        StoredContent content = null;
        boolean inhoudSent = false;
        try (JsonParser p = mapper.getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw ZgwException.invalid(InvalidParam.NON_FIELD_ERRORS, "parse_error",
                        "De request body moet een JSON-object zijn.");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (INHOUD.equals(name)) {
                    if (content != null) {
                        discard(content);
                        content = null;
                    }
                    if (value == JsonToken.VALUE_STRING) {
                        StoredContent c = store(p);
                        if (c.size() == 0) {
                            discard(c);
                        } else {
                            content = c;
                            inhoudSent = true;
                        }
                    } else if (value == JsonToken.VALUE_NULL) {
                        inhoudSent = false;
                    } else {
                        p.skipChildren();
                        throw ZgwException.invalid(INHOUD, "invalid",
                                "Ongeldige data. Verwacht een base64-gecodeerde string.");
                    }
                } else {
                    JsonNode node = mapper.readTree(p);
                    fields.set(name, node);
                }
            }
            return new Parsed(fields, content, inhoudSent);
        } catch (ZgwException e) {
            discard(content);
            throw e;
        } catch (JsonParseException e) {
            discard(content);
            throw ZgwException.invalid(InvalidParam.NON_FIELD_ERRORS, "parse_error",
                    "JSON parse error - de inhoud is geen geldige JSON.");
        } catch (IOException e) {
            discard(content);
            LOG.warnf("document body not stored: %s", e.getMessage());
            throw unavailable();
        }
    }

    /** Decodes the current base64 string value into a new object of the content store. */
    private StoredContent store(JsonParser p) throws IOException {
        PipedInputStream in = new PipedInputStream(PIPE);
        PipedOutputStream out = new PipedOutputStream(in);
        ContentStore store = stores.current();
        Future<StoredContent> written = writers.submit(() -> {
            try (InputStream bytes = in) {
                return store.put(bytes);
            }
        });
        boolean decoded = false;
        try {
            try (out) {                   // closed on every path: the writer reaches the end of its input
                p.readBinaryValue(BASE64, out);
            }
            decoded = true;
        } catch (JsonParseException | IllegalArgumentException e) {
            throw ZgwException.invalid(INHOUD, "invalid", "Ongeldige base64-gecodeerde inhoud.");
        } finally {
            if (!decoded) {
                drop(written);            // what the writer stored of a broken body is removed at once
            }
        }
        try {
            return written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while storing content", e);
        } catch (ExecutionException e) {
            throw new IOException("storing content failed", e.getCause());
        }
    }

    private void drop(Future<StoredContent> written) {
        try {
            discard(written.get());
        } catch (Exception ignored) {
            // the write did not complete: nothing stored under a key, or an orphan for the sweeper
        }
    }

    /** Removes content whose metadata was refused; a failure leaves an orphan for the sweeper. */
    public void discard(StoredContent content) {
        if (content == null) {
            return;
        }
        try {
            stores.current().delete(content.key());
        } catch (IOException | RuntimeException e) {
            LOG.warnf("could not remove refused content %s; the sweeper will: %s", content.key(), e.getMessage());
        }
    }

    /** The content store could not be reached or written (or the body broke off): 503, never a stack trace. */
    public static ZgwException unavailable() {
        return new ZgwException(503, "content-unavailable", "De inhoud kon niet worden opgeslagen.",
                "De opslag van documentinhoud is niet bereikbaar of de request body is afgebroken.",
                java.util.List.of());
    }
}
