package nl.zgw.besluiten.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The write side of the synchronisations: a job row is inserted in the caller's transaction, so the change here and
 * the promise to mirror it at the other API commit (or roll back) together. After commit the relay is woken.
 */
@ApplicationScoped
public class SynchronisatieQueue {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry registry;
    private final SynchronisatieRelay relay;

    public SynchronisatieQueue(AgroalDataSource dataSource, ObjectMapper mapper,
                               TransactionSynchronizationRegistry registry, SynchronisatieRelay relay) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.registry = registry;
        this.relay = relay;
    }

    /**
     * Queues a job of {@code soort}; {@code sleutel} names the relation (jobs of one sleutel run in the order queued,
     * so a delete never overtakes the create it undoes).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String soort, String sleutel, ObjectNode payload) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO besluit_synchronisatie (soort, sleutel, payload) VALUES (?, ?, CAST(? AS jsonb))")) {
            ps.setString(1, soort);
            ps.setString(2, sleutel);
            ps.setString(3, mapper.writeValueAsString(payload));
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not queue the synchronisation", e);
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
