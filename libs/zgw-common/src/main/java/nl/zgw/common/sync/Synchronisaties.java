package nl.zgw.common.sync;

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
 * The write side: a synchronisation is planned in the caller's transaction, so the change and the obligation to
 * bring the other side in line commit (or roll back) together. After commit the relay is woken to carry it out at
 * once (or, inside a {@link SynchronisatiesVoorAntwoord} call, before that call returns); until it succeeds it stays in
 * {@code zgw_synchronisatie} (it survives restarts).
 * <pre>
 * synchronisaties.plan("zrc.objectinformatieobject.aanmaken", zaakUrl + " " + informatieobject,
 *         Map.of("zaak", zaakUrl, "informatieobject", informatieobject));
 * </pre>
 */
@ApplicationScoped
public class Synchronisaties {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry registry;
    private final SynchronisatieRelay relay;
    private final ZgwSyncConfig config;

    public Synchronisaties(AgroalDataSource dataSource, ObjectMapper mapper,
                           TransactionSynchronizationRegistry registry, SynchronisatieRelay relay,
                           ZgwSyncConfig config) {
        this.config = config;
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.registry = registry;
        this.relay = relay;
    }

    /**
     * Plans {@code soort} (a {@link SynchronisatieHandler} must exist for it) about {@code sleutel} with
     * {@code gegevens} (any Jackson-serialisable value). Rows of one sleutel are carried out in the order planned.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void plan(String soort, String sleutel, Object gegevens) {
        if (!relay.handles(soort)) {
            throw new IllegalStateException("No SynchronisatieHandler bean for soort " + soort);
        }
        // planned for the answer: the request makes the first attempt, the relay only after the grace (a crash)
        long uitstel = GeplandInDezeAanroep.actief() ? config.inlineGrace().toMillis() : 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO zgw_synchronisatie (soort, sleutel, gegevens, next_attempt_at)"
                        + " VALUES (?, ?, CAST(? AS jsonb), now() + ? * interval '1 millisecond')")) {
            ps.setString(1, soort);
            ps.setString(2, sleutel);
            ps.setString(3, mapper.writeValueAsString(gegevens));
            ps.setLong(4, uitstel);
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not plan the synchronisation " + soort, e);
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED && !GeplandInDezeAanroep.neem(sleutel)) {
                    relay.wakeUp();
                }
            }
        });
    }
}
