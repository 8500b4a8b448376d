package nl.zgw.notificaties;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.notificaties.delivery.DeliveryPruning;
import nl.zgw.notificaties.support.Nrc;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;

import static nl.zgw.notificaties.support.Nrc.kanaal;
import static nl.zgw.notificaties.support.Nrc.message;
import static nl.zgw.notificaties.support.Nrc.publish;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Old attempt logs and delivered jobs are pruned on a schedule; failed and pending jobs are kept. */
@QuarkusTest
class DeliveryPruningTest {

    @Inject
    DeliveryPruning pruning;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void oldLogsAndDeliveredJobsArePrunedFailedOnesKept() throws Exception {
        String k = kanaal();
        Nrc.Sub sub = Nrc.subscribe(k);
        String resource = Nrc.resourceUrl();
        publish(message(k, resource, Map.of())).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> sub.state().received.size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM delivery_job j"
                + " JOIN notificatie n ON n.id = j.notificatie_id WHERE j.status = 'delivered' AND n.payload LIKE ?",
                resource) == 1);
        // age everything of this notificatie by 400 days, and add an old failed job next to it
        exec("UPDATE delivery_attempt SET started_at = now() - interval '400 days' WHERE job_id IN (SELECT j.id"
                + " FROM delivery_job j JOIN notificatie n ON n.id = j.notificatie_id WHERE n.payload LIKE ?)", resource);
        exec("UPDATE delivery_job SET delivered_at = now() - interval '400 days' WHERE notificatie_id IN"
                + " (SELECT id FROM notificatie WHERE payload LIKE ?)", resource);
        exec("UPDATE notificatie SET received_at = now() - interval '400 days' WHERE payload LIKE ?", resource);
        exec("INSERT INTO delivery_job (notificatie_id, abonnement_id, status, retry_until, created_at)"
                + " SELECT id, (SELECT id FROM abonnement WHERE uuid = '" + sub.uuid() + "'), 'failed', now(),"
                + " now() - interval '400 days' FROM notificatie WHERE payload LIKE ?", resource);

        pruning.prune();

        assertEquals(0, count("SELECT count(*) FROM delivery_job j JOIN notificatie n ON n.id = j.notificatie_id"
                + " WHERE j.status = 'delivered' AND n.payload LIKE ?", resource));
        assertEquals(1, count("SELECT count(*) FROM delivery_job j JOIN notificatie n ON n.id = j.notificatie_id"
                + " WHERE j.status = 'failed' AND n.payload LIKE ?", resource));
        assertEquals(0, count("SELECT count(*) FROM delivery_attempt WHERE started_at < now() - interval '300 days'",
                null));
    }

    private long count(String sql, String like) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (like != null) {
                ps.setString(1, "%" + like + "%");
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void exec(String sql, String like) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, "%" + like + "%");
            ps.executeUpdate();
        }
    }
}
