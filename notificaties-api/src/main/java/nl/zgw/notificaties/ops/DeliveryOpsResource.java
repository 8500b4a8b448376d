package nl.zgw.notificaties.ops;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.zgw.common.paging.Page;
import nl.zgw.common.paging.PageRequest;
import nl.zgw.common.paging.Paginator;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.notificaties.config.NrcConfig;
import nl.zgw.notificaties.delivery.CircuitBreakers;
import nl.zgw.notificaties.delivery.DeliveryDispatcher;
import nl.zgw.notificaties.domain.Abonnement;
import nl.zgw.notificaties.persistence.AbonnementRepository;
import nl.zgw.notificaties.persistence.DeliveryJobStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Operations on the delivery engine, outside the standard's API root and protected by the scope
 * {@value #SCOPE} (an Applicatie with heeftAlleAutorisaties has it): the failed deliveries of an abonnement, their
 * attempt log, re-delivery, and counts for monitoring.
 */
@Path("/notificaties/ops/v1")
@Produces(MediaType.APPLICATION_JSON)
@RequiresScope(DeliveryOpsResource.SCOPE)
public class DeliveryOpsResource {

    public static final String SCOPE = "notificaties.beheer";

    public record FailedDelivery(long id, int attempts, String createdAt, String lastAttemptAt, Integer lastStatus,
                                 String lastError, Object notificatie) {
    }

    public record Requeued(long requeued) {
    }

    private final DeliveryJobStore store;
    private final AbonnementRepository abonnementen;
    private final CircuitBreakers breakers;
    private final DeliveryDispatcher dispatcher;
    private final Paginator paginator;
    private final NrcConfig config;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    public DeliveryOpsResource(DeliveryJobStore store, AbonnementRepository abonnementen, CircuitBreakers breakers,
                               DeliveryDispatcher dispatcher, Paginator paginator, NrcConfig config,
                               com.fasterxml.jackson.databind.ObjectMapper mapper) {
        this.store = store;
        this.abonnementen = abonnementen;
        this.breakers = breakers;
        this.dispatcher = dispatcher;
        this.paginator = paginator;
        this.config = config;
        this.mapper = mapper;
    }

    /** Counts of pending and failed jobs (all replicas), plus this process's in-flight deliveries and open circuits. */
    @GET
    @Path("/deliveries/stats")
    public Map<String, Object> stats() {
        Map<String, Object> m = new LinkedHashMap<>(store.stats());
        m.put("inFlightThisProcess", dispatcher.inFlight());
        Map<String, String> circuits = new LinkedHashMap<>();
        breakers.openCircuits().forEach((id, state) -> circuits.put(String.valueOf(id), state.name()));
        m.put("openCircuitsThisProcess", circuits);
        return m;
    }

    @GET
    @Path("/abonnementen/{uuid}/failed")
    public Page<FailedDelivery> failed(@PathParam("uuid") String uuid, @QueryParam("page") String page) {
        long id = abonnementId(uuid);
        PageRequest request = PageRequest.of(page);
        long count = store.countFailed(id);
        List<DeliveryJobStore.JobView> rows = store.failed(id, request.offset(), request.size());
        return paginator.page(request, count, rows, this::view);
    }

    @GET
    @Path("/abonnementen/{uuid}/deliveries/{id}/attempts")
    public List<DeliveryJobStore.AttemptView> attempts(@PathParam("uuid") String uuid, @PathParam("id") long jobId) {
        return store.attempts(abonnementId(uuid), jobId);
    }

    /** Puts every failed delivery of the abonnement back in the queue, with a fresh retry window. */
    @POST
    @Path("/abonnementen/{uuid}/redeliver")
    public Requeued redeliverAll(@PathParam("uuid") String uuid) {
        long id = abonnementId(uuid);
        breakers.reset(id);
        long n = store.redeliverFailed(id, config.delivery().retryWindow());
        dispatcher.wakeUp();
        return new Requeued(n);
    }

    @POST
    @Path("/abonnementen/{uuid}/deliveries/{id}/redeliver")
    public Requeued redeliverOne(@PathParam("uuid") String uuid, @PathParam("id") long jobId) {
        long id = abonnementId(uuid);
        breakers.reset(id);
        long n = store.redeliverJob(id, jobId, config.delivery().retryWindow());
        if (n == 0) {
            throw ZgwException.notFound();
        }
        dispatcher.wakeUp();
        return new Requeued(n);
    }

    private long abonnementId(String uuid) {
        UUID u;
        try {
            u = UUID.fromString(uuid);
        } catch (IllegalArgumentException e) {
            throw ZgwException.notFound();
        }
        Abonnement a = abonnementen.find("uuid", u).firstResultOptional().orElseThrow(ZgwException::notFound);
        return a.id;
    }

    private FailedDelivery view(DeliveryJobStore.JobView j) {
        Object payload;
        try {
            payload = mapper.readTree(j.payload());
        } catch (Exception e) {
            payload = j.payload();
        }
        return new FailedDelivery(j.id(), j.attempts(), String.valueOf(j.createdAt()),
                j.lastAttemptAt() == null ? null : j.lastAttemptAt().toString(), j.lastStatus(), j.lastError(),
                payload);
    }
}
