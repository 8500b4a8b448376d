package nl.zgw.besluiten.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * brc-002: the next number of a generated identificatie, {@code BESLUIT-<year of datum>-<10 digits>}, from a counter
 * per verantwoordelijkeOrganisatie and year. One statement ({@code INSERT .. ON CONFLICT DO UPDATE .. RETURNING})
 * takes the number under the row's lock, so concurrent creates get distinct numbers without {@code max()+1}. It runs
 * in its own short transaction: the lock is not held for the rest of the create, and a create that rolls back leaves
 * a gap rather than a number that is handed out again.
 */
@ApplicationScoped
public class IdentificatieGenerator {

    private final AgroalDataSource dataSource;

    public IdentificatieGenerator(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String next(String verantwoordelijkeOrganisatie, int jaar) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO besluit_identificatie_teller (verantwoordelijke_organisatie, jaar, laatste)"
                        + " VALUES (?, ?, 1) ON CONFLICT (verantwoordelijke_organisatie, jaar)"
                        + " DO UPDATE SET laatste = besluit_identificatie_teller.laatste + 1 RETURNING laatste")) {
            ps.setString(1, verantwoordelijkeOrganisatie);
            ps.setInt(2, jaar);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return format(jaar, rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the next besluit identificatie", e);
        }
    }

    static String format(int jaar, long nummer) {
        return String.format("BESLUIT-%04d-%010d", jaar, nummer);
    }
}
