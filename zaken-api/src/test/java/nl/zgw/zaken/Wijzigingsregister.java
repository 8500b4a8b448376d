package nl.zgw.zaken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** What a write left behind: its notifications in the outbox and its audit trail entries, by resource URL. */
final class Wijzigingsregister {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Wijzigingsregister() {
    }

    /** The outbox payloads whose resourceUrl is {@code url}, oldest first. */
    static List<JsonNode> notificaties(DataSource ds, String url) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT payload FROM zgw_outbox WHERE payload->>'resourceUrl' = ? ORDER BY id")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(MAPPER.readTree(rs.getString(1)));
                }
            }
        }
        return rows;
    }

    /** The audit trail actions recorded for {@code url} under hoofdObject {@code zaak}, oldest first. */
    static List<String> audit(DataSource ds, String zaak, String url) throws Exception {
        List<String> acties = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT actie FROM zgw_audittrail WHERE hoofd_object = ? "
                     + "AND resource_url = ? ORDER BY aanmaakdatum")) {
            ps.setString(1, zaak);
            ps.setString(2, url);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    acties.add(rs.getString(1));
                }
            }
        }
        return acties;
    }
}
