package nl.zgw.autorisaties.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The notifications written to the outbox (there is no Notificaties API in the tests, so they stay there). */
public final class Outbox {

    private Outbox() {
    }

    /**
     * Payloads on kanaal {@code kanaal} for the resource at {@code resourceUrl} (matched on its path, as
     * notifications made outside a client request carry the configured base URL), oldest first.
     */
    public static List<JsonNode> payloads(AgroalDataSource ds, String kanaal, String resourceUrl) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT kanaal, payload::text FROM zgw_outbox"
                     + " WHERE payload->>'resourceUrl' LIKE ? ORDER BY id")) {
            ps.setString(1, "%" + java.net.URI.create(resourceUrl).getPath());
            List<JsonNode> result = new ArrayList<>();
            ObjectMapper mapper = new ObjectMapper();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals(kanaal)) {
                        result.add(mapper.readTree(rs.getString(2)));
                    }
                }
            }
            return result;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
