package nl.zgw.notificaties.support;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import nl.zgw.common.security.autorisaties.Unauthenticated;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A consumer webhook (notificaties-consumer-api) living in the test sources: from the NRC's point of view it is an
 * outside system reached over HTTP. Each test makes its own subscriber and switches it up or down.
 */
@Path("/test-subscriber/{name}")
@Unauthenticated
public class TestSubscriber {

    /** {@code OPEN}: accepts everything, also without the {@code auth} value (an unprotected webhook). */
    public enum Mode { UP, DOWN, REDIRECT, OPEN }

    public static final class State {
        public final String auth = "Bearer " + UUID.randomUUID();
        public volatile Mode mode = Mode.UP;
        public final List<String> received = new CopyOnWriteArrayList<>();
        public final List<String> testMessages = new CopyOnWriteArrayList<>();
        public final List<String> refusedAuth = new CopyOnWriteArrayList<>();
        /** When set, each notification waits at the gate (a subscriber that is busy) until the test opens it. */
        public volatile CountDownLatch gate;
        /** Notifications that have reached the gate. */
        public final AtomicInteger atTheGate = new AtomicInteger();
    }

    private static final Map<String, State> SUBSCRIBERS = new ConcurrentHashMap<>();

    public static String create() {
        String name = UUID.randomUUID().toString();
        SUBSCRIBERS.put(name, new State());
        return name;
    }

    public static State get(String name) {
        return SUBSCRIBERS.get(name);
    }

    @POST
    public Response receive(@PathParam("name") String name, @HeaderParam("Authorization") String auth, String body) {
        State s = SUBSCRIBERS.get(name);
        if (s == null) {
            return Response.status(404).build();
        }
        if (s.mode != Mode.OPEN && !s.auth.equals(auth)) {
            s.refusedAuth.add(String.valueOf(auth));
            return Response.status(403).build();
        }
        if (s.mode == Mode.DOWN) {
            return Response.status(503).build();
        }
        if (s.mode == Mode.REDIRECT) {
            return Response.status(307).header("Location", "http://other.example/hook").build();
        }
        if (body.contains("\"kanaal\":\"test\"")) {
            s.testMessages.add(body);
        } else {
            awaitGate(s);
            s.received.add(body);
        }
        return Response.noContent().build();
    }

    private static void awaitGate(State s) {
        CountDownLatch gate = s.gate;
        if (gate != null) {
            s.atTheGate.incrementAndGet();
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
