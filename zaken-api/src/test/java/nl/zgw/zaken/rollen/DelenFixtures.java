package nl.zgw.zaken.rollen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import nl.zgw.zaken.Fixtures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data for rollen, zaakobjecten, klantcontacten and zaaknotities: a published zaaktype of {@link Fixtures} with
 * extra roltypen (behandelaar, zaakcoordinator) and a zaakobjecttype, added after publication as a correctie (the
 * test clients of the started Catalogi have catalogi.geforceerd-schrijven), plus readers of the outbox and the
 * audit trail of this service's database.
 */
final class DelenFixtures {

    static final String ROOT = Fixtures.ROOT;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A zaaktype with roltypen initiator (Fixtures), behandelaar, zaakcoordinator and a zaakobjecttype. */
    record Zaaktype(Fixtures.Zaaktype basis, String initiator, String behandelaar, String zaakcoordinator,
                    String zaakobjecttype) {
        String url() {
            return basis.url();
        }
    }

    private DelenFixtures() {
    }

    static Zaaktype zaaktype() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String behandelaar = roltype(zt, "Behandelaar", "behandelaar");
        String coordinator = roltype(zt, "Coordinator", "zaakcoordinator");
        Map<String, Object> zot = new HashMap<>();
        zot.put("zaaktype", zt.url());
        zot.put("catalogus", zt.catalogus());
        zot.put("anderObjecttype", false);
        zot.put("objecttype", "https://objecten.example.com/api/v1/objecttypes/1");
        zot.put("relatieOmschrijving", "Betreft");
        zot.put("beginGeldigheid", "2024-01-01");
        String zaakobjecttype = Fixtures.catalogi(zot).post("/zaakobjecttypen").then().statusCode(201)
                .extract().path("url");
        return new Zaaktype(zt, zt.roltype(), behandelaar, coordinator, zaakobjecttype);
    }

    private static String roltype(Fixtures.Zaaktype zt, String omschrijving, String generiek) {
        return Fixtures.catalogi(Map.of("zaaktype", zt.url(), "catalogus", zt.catalogus(), "omschrijving", omschrijving,
                        "omschrijvingGeneriek", generiek, "beginGeldigheid", "2024-01-01"))
                .post("/roltypen").then().statusCode(201).extract().path("url");
    }

    /** A rol body without betrokkeneIdentificatie. */
    static Map<String, Object> rol(String zaak, String roltype, String betrokkeneType) {
        Map<String, Object> m = new HashMap<>();
        m.put("zaak", zaak);
        m.put("roltype", roltype);
        m.put("betrokkeneType", betrokkeneType);
        m.put("roltoelichting", "toelichting");
        return m;
    }

    static Map<String, Object> rol(String zaak, String roltype, String betrokkeneType, Map<String, ?> identificatie) {
        Map<String, Object> m = rol(zaak, roltype, betrokkeneType);
        m.put("betrokkeneIdentificatie", identificatie);
        return m;
    }

    static Map<String, Object> persoon(String bsn) {
        return Map.of("inpBsn", bsn, "geslachtsnaam", "Jansen", "voorletters", "J");
    }

    /** A fresh BSN that passes the elfproef (9 digits). */
    static String bsn() {
        return Fixtures.rsin();
    }

    static String post(String collection, Object body) {
        return Fixtures.admin(body).post(ROOT + "/" + collection).then().statusCode(201).extract().path("url");
    }

    /** The notifications queued for this hoofdObject, oldest first. */
    static List<JsonNode> outbox(AgroalDataSource ds, String hoofdObject) throws Exception {
        return rows(ds, "SELECT payload::text FROM zgw_outbox WHERE payload->>'hoofdObject' = ? ORDER BY id",
                hoofdObject);
    }

    /** The audit trail entries of this hoofdObject, oldest first: {resource, resourceUrl, actie, oud, nieuw}. */
    static List<JsonNode> audit(AgroalDataSource ds, String hoofdObject) throws Exception {
        return rows(ds, "SELECT json_build_object('resource', resource, 'resourceUrl', resource_url, 'actie', actie,"
                + " 'resultaat', resultaat, 'resourceWeergave', resource_weergave, 'oud', oud, 'nieuw', nieuw)::text"
                + " FROM zgw_audittrail WHERE hoofd_object = ? ORDER BY aanmaakdatum", hoofdObject);
    }

    private static List<JsonNode> rows(AgroalDataSource ds, String sql, String value) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(JSON.readTree(rs.getString(1)));
                }
            }
        }
        return rows;
    }
}
