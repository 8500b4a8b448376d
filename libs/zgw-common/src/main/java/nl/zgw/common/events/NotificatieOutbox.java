package nl.zgw.common.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The write side of the transactional outbox: the notification row is inserted in the caller's transaction, so a
 * change and its notification commit (or roll back) together. After commit the relay is woken to send it at once.
 */
@ApplicationScoped
public class NotificatieOutbox {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry registry;
    private final OutboxRelay relay;

    public NotificatieOutbox(AgroalDataSource dataSource, ObjectMapper mapper,
                             TransactionSynchronizationRegistry registry, OutboxRelay relay) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.registry = registry;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Notificatie notificatie) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO zgw_outbox (kanaal, payload) VALUES (?, CAST(? AS jsonb))")) {
            ps.setString(1, notificatie.kanaal());
            ps.setString(2, mapper.writeValueAsString(notificatie));
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not write the notification to the outbox", e);
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
