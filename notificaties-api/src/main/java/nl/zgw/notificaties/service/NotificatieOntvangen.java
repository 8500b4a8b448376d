package nl.zgw.notificaties.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.notificaties.api.MessageBody;
import nl.zgw.notificaties.config.NrcConfig;
import nl.zgw.notificaties.domain.AbsoluteUrl;
import nl.zgw.notificaties.domain.AbonnementKanaal;
import nl.zgw.notificaties.domain.Kanaal;
import nl.zgw.notificaties.domain.KenmerkenConsistent;
import nl.zgw.notificaties.persistence.AbonnementRepository;
import nl.zgw.notificaties.persistence.DeliveryJobStore;
import nl.zgw.notificaties.persistence.KanaalRepository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Receiving a notificatie: validate it against its kanaal, store it as received and create one persisted delivery job
 * per matching abonnement, all in one transaction that commits before the 200 answer.
 */
@ApplicationScoped
public class NotificatieOntvangen {

    public static final String MESSAGE_KANAAL = "message_kanaal";

    private final KanaalRepository kanalen;
    private final AbonnementRepository abonnementen;
    private final DeliveryJobStore jobs;
    private final AgroalDataSource dataSource;
    private final NrcConfig config;

    public NotificatieOntvangen(KanaalRepository kanalen, AbonnementRepository abonnementen, DeliveryJobStore jobs,
                                AgroalDataSource dataSource, NrcConfig config) {
        this.kanalen = kanalen;
        this.abonnementen = abonnementen;
        this.jobs = jobs;
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Returns the number of delivery jobs created. */
    @Transactional
    public int ontvang(MessageBody message, String rawPayload, String clientId) {
        AbsoluteUrl.check("hoofdObject", message.hoofdObject());
        AbsoluteUrl.check("resourceUrl", message.resourceUrl());
        Kanaal kanaal = kanalen.byNaam(message.kanaal()).orElseThrow(() ->
                ZgwException.invalid("kanaal", MESSAGE_KANAAL, "Kanaal met deze naam bestaat niet."));
        KenmerkenConsistent.check(kanaal, message.kenmerken());

        Set<Long> matching = new LinkedHashSet<>();
        for (AbonnementKanaal entry : abonnementen.entriesOnKanaal(kanaal.id)) {
            if (entry.matches(message.kenmerken())) {
                matching.add(entry.abonnement.id);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            long notificatieId;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO notificatie (kanaal_id, payload, client_id) VALUES (?, ?, ?) RETURNING id")) {
                ps.setLong(1, kanaal.id);
                ps.setString(2, rawPayload);
                ps.setString(3, clientId == null ? "" : clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    notificatieId = rs.getLong(1);
                }
            }
            jobs.createJobs(c, notificatieId, matching, config.delivery().retryWindow());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the notificatie", e);
        }
        return matching.size();
    }
}
