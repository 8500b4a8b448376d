package nl.zgw.besluiten.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.sync.Synchronisaties;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The persisted retry table behind brc-005/006/009 (zgw-common {@code nl.zgw.common.sync}, shared with the Zaken
 * API) as this service uses it, through its seam ({@link nl.zgw.common.sync.SynchronisatieHandler}): a job is written in the
 * transaction of the change, carried out after commit, retried with backoff while the other side is down, never
 * lost, and the jobs of one relation run in the order queued.
 */
@QuarkusTest
class SynchronisatieRelayTest {

    @Inject
    Synchronisaties queue;

    @Inject
    TestSynchronisatie other;

    @Inject
    AgroalDataSource dataSource;

    private static ObjectNode job(String id, int fails) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", id);
        n.put("fails", fails);
        return n;
    }

    private void enqueue(String sleutel, ObjectNode payload) {
        QuarkusTransaction.requiringNew().run(() -> queue.plan(TestSynchronisatie.SOORT, sleutel, payload));
    }

    private int rows(String sleutel) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM zgw_synchronisatie WHERE sleutel = ?")) {
            ps.setString(1, sleutel);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private String lastError(String sleutel) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT last_error FROM zgw_synchronisatie WHERE sleutel = ? ORDER BY id LIMIT 1")) {
            ps.setString(1, sleutel);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void aJobIsCarriedOutAfterCommitAndRemoved() throws Exception {
        String id = UUID.randomUUID().toString();
        enqueue("k-" + id, job(id, 0));
        await().atMost(Duration.ofSeconds(20)).until(() -> other.done().contains(id));
        await().atMost(Duration.ofSeconds(10)).until(() -> rows("k-" + id) == 0);
        assertEquals(1, other.attempts(id));
    }

    @Test
    void aJobWhoseOtherSideIsDownIsRetriedWithBackoffUntilItIsDone() throws Exception {
        String id = UUID.randomUUID().toString();
        enqueue("k-" + id, job(id, 3));
        await().atMost(Duration.ofSeconds(20)).until(() -> lastError("k-" + id) != null);
        assertTrue(lastError("k-" + id).contains("test side down"), lastError("k-" + id));
        await().atMost(Duration.ofSeconds(30)).until(() -> other.done().contains(id));
        assertEquals(4, other.attempts(id));
        await().atMost(Duration.ofSeconds(10)).until(() -> rows("k-" + id) == 0);
    }

    @Test
    void theJobsOfOneRelationRunInTheOrderQueued() {
        String sleutel = "relatie-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            queue.plan(TestSynchronisatie.SOORT, sleutel, job(first, 2));
            queue.plan(TestSynchronisatie.SOORT, sleutel, job(second, 0));
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> other.done().contains(second));
        assertTrue(other.done().indexOf(first) < other.done().indexOf(second), other.done().toString());
        assertEquals(1, other.attempts(second), "the second job waited for the first instead of running beside it");
    }

    @Test
    void aRolledBackChangeQueuesNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            queue.plan(TestSynchronisatie.SOORT, "k-" + id, job(id, 0));
            throw new IllegalStateException("the change fails after queueing");
        }));
        assertEquals(0, rows("k-" + id));
        assertFalse(other.done().contains(id));
    }

    @Test
    void aSoortWithoutHandlerIsRefusedWhenPlanned() {
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> queue.plan("brc.onbekend", "k", job("x", 0))));
    }
}
