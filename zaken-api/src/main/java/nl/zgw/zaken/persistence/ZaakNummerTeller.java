package nl.zgw.zaken.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The counter behind zrc-002's generated identificatie: one row per bronorganisatie and year, advanced with
 * {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING} on its own small connection pool ({@code teller}, not
 * enlisted in the request's transaction, autocommit). The row lock therefore lasts one statement, not the whole
 * create: in the request's transaction it serialised every {@code POST /zaken} of a bronorganisatie through its
 * relation reads, audit record, outbox row and commit (bench/zaken: 177 of 190 wait samples on that lock). A number
 * drawn by a create that then fails is not given out again: identificaties are unique, never reused, not gapless.
 */
@ApplicationScoped
public class ZaakNummerTeller {

    private static final String VOLGENDE = """
            INSERT INTO zaak_identificatie_teller (bronorganisatie, jaar, laatste) VALUES (?, ?, 1)
            ON CONFLICT (bronorganisatie, jaar) DO UPDATE SET laatste = zaak_identificatie_teller.laatste + 1
            RETURNING laatste""";

    private final AgroalDataSource teller;

    public ZaakNummerTeller(@DataSource("teller") AgroalDataSource teller) {
        this.teller = teller;
    }

    /** The next number of {@code bronorganisatie} in {@code jaar}, committed before it is returned. */
    public long volgende(String bronorganisatie, int jaar) {
        try (Connection c = teller.getConnection(); PreparedStatement ps = c.prepareStatement(VOLGENDE)) {
            c.setAutoCommit(true);
            ps.setString(1, bronorganisatie);
            ps.setInt(2, jaar);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("zaak_identificatie_teller: " + e.getMessage(), e);
        }
    }
}
