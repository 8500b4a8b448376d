package nl.zgw.bench.nrc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zgw.common.events.OutboxRelay;
import nl.zgw.common.security.jwt.ServiceTokens;
import nl.zgw.common.security.autorisaties.Unauthenticated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Control and subscriber endpoints of the harness (unauthenticated: a local test tool only).
 * POST /harness/subscribe, POST /harness/writer/start?rate=&threads=, POST /harness/writer/stop,
 * GET /harness/status, and the webhook POST /harness/callback.
 */
@Path("/harness")
@Unauthenticated
@Produces(MediaType.APPLICATION_JSON)
public class HarnessResource {

    static final String CALLBACK_AUTH = "Bearer bench-subscriber-secret";

    private final Writer writer;
    private final AgroalDataSource dataSource;
    private final ServiceTokens tokens;
    private final OutboxRelay relay;
    private final ObjectMapper mapper;
    private final String nrcUrl;
    private final String selfUrl;
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicLong writeErrors = new AtomicLong();
    private volatile ExecutorService writers;

    public HarnessResource(Writer writer, AgroalDataSource dataSource, ServiceTokens tokens, OutboxRelay relay,
                           ObjectMapper mapper, @ConfigProperty(name = "zgw.notificaties.url") String nrcUrl,
                           @ConfigProperty(name = "harness.self-url") String selfUrl) {
        this.writer = writer;
        this.dataSource = dataSource;
        this.tokens = tokens;
        this.relay = relay;
        this.mapper = mapper;
        this.nrcUrl = nrcUrl;
        this.selfUrl = selfUrl;
    }

    /** Registers the kanaal (idempotently, as every producer) and an abonnement for this harness's webhook. */
    @POST
    @Path("/subscribe")
    public Response subscribe(@QueryParam("count") Integer count) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = tokens.authorization().orElseThrow();
        String kanaal = mapper.writeValueAsString(Map.of("naam", Kanalen.KANAAL,
                "documentatieLink", "https://example.nl/bench", "filters", java.util.List.of("catalogus")));
        HttpResponse<String> existing = http.send(HttpRequest.newBuilder(URI.create(nrcUrl + "/kanaal?naam="
                + Kanalen.KANAAL)).header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
        if (mapper.readTree(existing.body()).isEmpty()) {
            http.send(post("/kanaal", auth, kanaal), HttpResponse.BodyHandlers.ofString());
        }
        int n = count == null ? 1 : count;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String body = mapper.writeValueAsString(Map.of("callbackUrl", selfUrl + "/harness/callback",
                    "auth", CALLBACK_AUTH, "kanalen", java.util.List.of(Map.of("naam", Kanalen.KANAAL,
                            "filters", Map.of("catalogus", Writer.CATALOGUS)))));
            HttpResponse<String> r = http.send(post("/abonnement", auth, body), HttpResponse.BodyHandlers.ofString());
            out.append(r.statusCode()).append(' ');
        }
        return Response.ok(Map.of("abonnementen", out.toString().trim())).build();
    }

    private HttpRequest post(String path, String auth, String body) {
        return HttpRequest.newBuilder(URI.create(nrcUrl + path)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Writes resources at about {@code rate} per second (0 = as fast as possible) on {@code threads} threads. */
    @POST
    @Path("/writer/start")
    public Response start(@QueryParam("rate") Integer rate, @QueryParam("threads") Integer threads) {
        if (!writing.compareAndSet(false, true)) {
            return Response.status(409).build();
        }
        int t = threads == null ? 1 : threads;
        long pauseNanos = rate == null || rate == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) * t / rate;
        writers = Executors.newFixedThreadPool(t);
        for (int i = 0; i < t; i++) {
            writers.submit(() -> {
                long next = System.nanoTime();
                while (writing.get()) {
                    try {
                        writer.writeOne();
                    } catch (RuntimeException e) {
                        writeErrors.incrementAndGet();
                    }
                    if (pauseNanos > 0) {
                        next += pauseNanos;
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                    }
                }
            });
        }
        return Response.ok(Map.of("started", t)).build();
    }

    @POST
    @Path("/writer/stop")
    public Response stop() throws InterruptedException {
        writing.set(false);
        if (writers != null) {
            writers.shutdown();
            writers.awaitTermination(30, TimeUnit.SECONDS);
        }
        return Response.ok(Map.of("stopped", true)).build();
    }

    /**
     * Bench mode without the outbox: {@code threads} publishers each commit a resource row and then POST its
     * notificatie straight to the NRC, as fast as the NRC answers. Measures the NRC's own intake and delivery.
     */
    @POST
    @Path("/direct/start")
    public Response direct(@QueryParam("threads") Integer threads) {
        if (!writing.compareAndSet(false, true)) {
            return Response.status(409).build();
        }
        int t = threads == null ? 4 : threads;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        writers = Executors.newFixedThreadPool(t);
        for (int i = 0; i < t; i++) {
            writers.submit(() -> {
                while (writing.get()) {
                    try {
                        String url = "https://bench.example.nl/catalogi/api/v1/zaaktypen/" + java.util.UUID.randomUUID();
                        try (Connection c = dataSource.getConnection();
                             PreparedStatement ps = c.prepareStatement("INSERT INTO catalogus_type (url) VALUES (?)")) {
                            ps.setString(1, url);
                            ps.executeUpdate();
                        }
                        String msg = mapper.writeValueAsString(new nl.zgw.common.events.Notificatie(Kanalen.KANAAL, url,
                                "zaaktype", url, "create", java.time.OffsetDateTime.now(),
                                Map.of("catalogus", Writer.CATALOGUS)));
                        HttpResponse<Void> r = http.send(post("/notificaties", tokens.authorization().orElseThrow(), msg),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            writeErrors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        writeErrors.incrementAndGet();
                    }
                }
            });
        }
        return Response.ok(Map.of("started", t)).build();
    }

    /** The test subscriber's webhook (notificaties-consumer-api): records every delivery, answers 204. */
    @POST
    @Path("/callback")
    public Response callback(@HeaderParam("Authorization") String auth, String body) throws Exception {
        if (!CALLBACK_AUTH.equals(auth)) {
            return Response.status(403).build();
        }
        JsonNode msg = mapper.readTree(body);
        if ("test".equals(msg.path("kanaal").asText())) {
            return Response.noContent().build();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO received (resource_url) VALUES (?)")) {
            ps.setString(1, msg.path("resourceUrl").asText());
            ps.executeUpdate();
        }
        return Response.noContent().build();
    }

    /** Expected vs received: missing (never received), duplicates, latency percentiles (commit to callback). */
    @GET
    @Path("/status")
    public Map<String, Object> status() throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            m.put("written", one(c, "SELECT count(*) FROM catalogus_type"));
            m.put("outboxPending", one(c, "SELECT count(*) FROM zgw_outbox"));
            m.put("deliveries", one(c, "SELECT count(*) FROM received"));
            m.put("distinctReceived", one(c, "SELECT count(DISTINCT resource_url) FROM received"));
            m.put("missing", one(c, "SELECT count(*) FROM catalogus_type t WHERE NOT EXISTS"
                    + " (SELECT 1 FROM received r WHERE r.resource_url = t.url)"));
            m.put("unexpected", one(c, "SELECT count(*) FROM (SELECT DISTINCT resource_url FROM received) r"
                    + " WHERE NOT EXISTS (SELECT 1 FROM catalogus_type t WHERE t.url = r.resource_url)"));
            m.put("duplicates", one(c, "SELECT count(*) - count(DISTINCT resource_url) FROM received"));
            m.put("writeErrors", writeErrors.get());
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), percentile_cont(0.99) WITHIN GROUP (ORDER BY ms),
                           max(ms), count(*)
                      FROM (SELECT extract(epoch FROM min(r.received_at) - t.created_at) * 1000 AS ms
                              FROM catalogus_type t JOIN received r ON r.resource_url = t.url GROUP BY t.url, t.created_at) x
                    """); ResultSet rs = ps.executeQuery()) {
                rs.next();
                m.put("latencyP50Ms", rs.getDouble(1));
                m.put("latencyP99Ms", rs.getDouble(2));
                m.put("latencyMaxMs", rs.getDouble(3));
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT extract(epoch FROM max(received_at) - min(received_at)) FROM received
                    """); ResultSet rs = ps.executeQuery()) {
                rs.next();
                m.put("receiveSpanSeconds", rs.getDouble(1));
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT extract(epoch FROM max(created_at) - min(created_at)) FROM catalogus_type
                    """); ResultSet rs = ps.executeQuery()) {
                rs.next();
                m.put("writeSpanSeconds", rs.getDouble(1));
            }
        }
        m.put("relayPending", relay.pending());
        return m;
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
