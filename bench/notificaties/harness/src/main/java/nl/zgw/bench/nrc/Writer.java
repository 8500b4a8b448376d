package nl.zgw.bench.nrc;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.events.Notificatie;
import nl.zgw.common.events.NotificatieOutbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One producer write: the resource row and its notification commit together (the real outbox of libs/zgw-common). */
@ApplicationScoped
public class Writer {

    static final String CATALOGUS = "https://bench.example.nl/catalogi/api/v1/catalogussen/1";

    private final AgroalDataSource dataSource;
    private final NotificatieOutbox outbox;

    public Writer(AgroalDataSource dataSource, NotificatieOutbox outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    @Transactional
    public void writeOne() {
        String url = "https://bench.example.nl/catalogi/api/v1/zaaktypen/" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO catalogus_type (url) VALUES (?)")) {
            ps.setString(1, url);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        outbox.enqueue(new Notificatie(Kanalen.KANAAL, url, "zaaktype", url, "create", OffsetDateTime.now(),
                Map.of("catalogus", CATALOGUS)));
    }
}
