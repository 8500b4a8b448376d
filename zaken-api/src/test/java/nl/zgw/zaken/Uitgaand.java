package nl.zgw.zaken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What this module's tests read of the service's own tables: the notifications waiting in the outbox (no
 * Notificaties API runs in these tests, so they stay there) for one hoofdObject and resource, oldest first.
 */
final class Uitgaand {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Uitgaand() {
    }

    static List<JsonNode> notificaties(AgroalDataSource dataSource, String hoofdObject, String resource) {
        List<JsonNode> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT payload::text FROM zgw_outbox WHERE payload->>'hoofdObject' = ? AND payload->>'resource' = ?"
                        + " ORDER BY id")) {
            ps.setString(1, hoofdObject);
            ps.setString(2, resource);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(MAPPER.readTree(rs.getString(1)));
                }
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
