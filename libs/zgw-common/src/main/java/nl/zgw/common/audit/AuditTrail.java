package nl.zgw.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.jwt.Caller;
import nl.zgw.common.security.jwt.CurrentCaller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit trail of a main object (Zaak, EnkelvoudigInformatieObject, Besluit; standard §1.7): every write on it or
 * its related objects is recorded in the same transaction as the change, with who did it (JWT client and user),
 * the {@code X-Audit-Toelichting} header and the full JSON before and after.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String TOELICHTING_HEADER = "X-Audit-Toelichting";

    private static final Map<String, String> WEERGAVE = Map.of(
            "create", "Object aangemaakt",
            "update", "Object bijgewerkt",
            "partial_update", "Object deels bijgewerkt",
            "destroy", "Object verwijderd");

    private static final String COLUMNS = "uuid, bron, applicatie_id, applicatie_weergave, gebruikers_id,"
            + " gebruikers_weergave, actie, actie_weergave, resultaat, hoofd_object, resource, resource_url, toelichting,"
            + " resource_weergave, aanmaakdatum, oud::text, nieuw::text";

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final CurrentCaller caller;
    private final Autorisaties autorisaties;
    private final CurrentVertxRequest request;

    public AuditTrail(AgroalDataSource dataSource, ObjectMapper mapper, CurrentCaller caller,
                      Autorisaties autorisaties, CurrentVertxRequest request) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.caller = caller;
        this.autorisaties = autorisaties;
        this.request = request;
    }

    /** What changed: {@code oud}/{@code nieuw} are the API representations (any Jackson-serialisable object). */
    public record Change(String bron, String actie, int resultaat, String hoofdObject, String resource,
                         String resourceUrl, String resourceWeergave, Object oud, Object nieuw) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditTrailRecord record(Change change) {
        Caller who = caller.get().orElse(new Caller("", "", ""));
        String label = Optional.ofNullable(autorisaties.applicatie()).map(Applicatie::label).orElse("");
        AuditTrailRecord record = new AuditTrailRecord(UUID.randomUUID(), change.bron(), who.clientId(), label,
                who.userId(), who.userRepresentation(), change.actie(),
                WEERGAVE.getOrDefault(change.actie(), change.actie()), change.resultaat(), change.hoofdObject(),
                change.resource(), change.resourceUrl(), toelichting(), nullToEmpty(change.resourceWeergave()),
                OffsetDateTime.now(ZoneOffset.UTC),
                new AuditTrailRecord.Wijzigingen(tree(change.oud()), tree(change.nieuw())));
        insert(record);
        return record;
    }

    /** Oldest first, as the reference implementation lists them. */
    public List<AuditTrailRecord> forHoofdObject(String hoofdObject) {
        return query("SELECT " + COLUMNS + " FROM zgw_audittrail WHERE hoofd_object = ? ORDER BY aanmaakdatum, uuid",
                hoofdObject, null);
    }

    public Optional<AuditTrailRecord> find(String hoofdObject, UUID uuid) {
        return query("SELECT " + COLUMNS + " FROM zgw_audittrail WHERE hoofd_object = ? AND uuid = ?",
                hoofdObject, uuid).stream().findFirst();
    }

    /** The audit trail goes with its main object (standard §1.7). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteForHoofdObject(String hoofdObject) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM zgw_audittrail WHERE hoofd_object = ?")) {
            ps.setString(1, hoofdObject);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete the audit trail", e);
        }
    }

    private void insert(AuditTrailRecord r) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO zgw_audittrail (uuid, bron, applicatie_id,"
                     + " applicatie_weergave, gebruikers_id, gebruikers_weergave, actie, actie_weergave, resultaat,"
                     + " hoofd_object, resource, resource_url, toelichting, resource_weergave, aanmaakdatum, oud, nieuw)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))")) {
            ps.setObject(1, r.uuid());
            ps.setString(2, r.bron());
            ps.setString(3, r.applicatieId());
            ps.setString(4, r.applicatieWeergave());
            ps.setString(5, r.gebruikersId());
            ps.setString(6, r.gebruikersWeergave());
            ps.setString(7, r.actie());
            ps.setString(8, r.actieWeergave());
            ps.setInt(9, r.resultaat());
            ps.setString(10, r.hoofdObject());
            ps.setString(11, r.resource());
            ps.setString(12, r.resourceUrl());
            ps.setString(13, r.toelichting());
            ps.setString(14, r.resourceWeergave());
            ps.setTimestamp(15, Timestamp.from(r.aanmaakdatum().toInstant()));
            ps.setString(16, json(r.wijzigingen().oud()));
            ps.setString(17, json(r.wijzigingen().nieuw()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit trail", e);
        }
    }

    private List<AuditTrailRecord> query(String sql, String hoofdObject, UUID uuid) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, hoofdObject);
            if (uuid != null) {
                ps.setObject(2, uuid);
            }
            List<AuditTrailRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditTrailRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getInt(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                            rs.getString(14), rs.getObject(15, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                            new AuditTrailRecord.Wijzigingen(parse(rs.getString(16)), parse(rs.getString(17)))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }

    private String toelichting() {
        try {
            var current = request.getCurrent();
            String value = current == null ? null : current.request().getHeader(TOELICHTING_HEADER);
            return value == null ? "" : value;
        } catch (RuntimeException e) {
            return ""; // not within an HTTP request (e.g. a background synchronisation)
        }
    }

    private JsonNode tree(Object o) {
        return o == null ? null : mapper.valueToTree(o);
    }

    private String json(JsonNode node) {
        try {
            return node == null ? null : mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String s) {
        try {
            return s == null ? null : mapper.readTree(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
