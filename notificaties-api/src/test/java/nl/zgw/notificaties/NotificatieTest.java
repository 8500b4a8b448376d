package nl.zgw.notificaties;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.notificaties.support.Nrc;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;

import static nl.zgw.notificaties.support.Nrc.ROOT;
import static nl.zgw.notificaties.support.Nrc.as;
import static nl.zgw.notificaties.support.Nrc.kanaal;
import static nl.zgw.notificaties.support.Nrc.message;
import static nl.zgw.notificaties.support.Nrc.publish;
import static nl.zgw.notificaties.support.Nrc.publisher;
import static nl.zgw.notificaties.support.Nrc.resourceUrl;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /notificaties: validation codes, the 200 echo, and the commit of one job per matching abonnement first. */
@QuarkusTest
class NotificatieTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void answers200WithTheMessageAndForwardsItUnchanged() {
        String k = kanaal("bronorganisatie");
        Nrc.Sub sub = Nrc.subscribe(k);
        String msg = message(k, resourceUrl(), Map.of("bronorganisatie", "123456782"));
        String echoed = publish(msg).statusCode(200).body("kanaal", equalTo(k)).extract().asString();
        assertEquals(msg, echoed);
        await().atMost(Duration.ofSeconds(10)).until(() -> sub.state().received.size() == 1);
        assertEquals(msg, sub.state().received.get(0));
    }

    @Test
    void jobsAreCommittedBeforeThe200() throws Exception {
        String k = kanaal();
        Nrc.Sub a = Nrc.subscribe(k);
        Nrc.Sub b = Nrc.subscribe(k);
        String resource = resourceUrl();
        publish(message(k, resource, Map.of())).statusCode(200);
        // right after the answer both jobs exist in the database, delivered or not
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM delivery_job j JOIN notificatie n ON n.id = j.notificatie_id"
                        + " WHERE n.payload LIKE ?")) {
            ps.setString(1, "%" + resource + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> a.state().received.size() == 1 && b.state().received.size() == 1);
    }

    @Test
    void unknownKanaalIsMessageKanaal() {
        publish(message("bestaat-niet", resourceUrl(), Map.of())).statusCode(400)
                .body("invalidParams[0].name", equalTo("kanaal"))
                .body("invalidParams[0].code", equalTo("message_kanaal"));
    }

    @Test
    void kenmerkenMustFitTheKanaalFilters() {
        String k = kanaal("bronorganisatie", "zaaktype");
        publish(message(k, resourceUrl(), Map.of("bronorganisatie", "1", "iets", "x"))).statusCode(400)
                .body("invalidParams[0].name", equalTo("kenmerken"))
                .body("invalidParams[0].code", equalTo("kenmerken_inconsistent"));
        // subset and superset are both consistent
        publish(message(k, resourceUrl(), Map.of("bronorganisatie", "1"))).statusCode(200);
        publish(message(k, resourceUrl(), Map.of("bronorganisatie", "1", "zaaktype", "z", "extra", "e")))
                .statusCode(200);
    }

    @Test
    void kenmerkNamesAreComparedCamelSnakeInsensitively() {
        // the Besluiten API registers snake_case filter names and sends camelCase kenmerken (standard 6.4)
        String k = kanaal("verantwoordelijke_organisatie", "besluittype");
        publish(message(k, resourceUrl(), Map.of("verantwoordelijkeOrganisatie", "123", "besluittype", "b")))
                .statusCode(200);
    }

    @Test
    void requiredFieldsAndFormats() {
        as(publisher()).body("{\"kanaal\":\"x\"}").post(ROOT + "/notificaties").then().statusCode(400)
                .body("invalidParams.name", hasItem("hoofdObject"))
                .body("invalidParams.name", hasItem("resource"))
                .body("invalidParams.name", hasItem("resourceUrl"))
                .body("invalidParams.name", hasItem("actie"))
                .body("invalidParams.name", hasItem("aanmaakdatum"));
        String k = kanaal();
        as(publisher()).body(message(k, "geen url", Map.of())).post(ROOT + "/notificaties").then().statusCode(400)
                .body("invalidParams[0].code", equalTo("invalid"));
        as(publisher()).body(message(k, resourceUrl(), Map.of()).replace("2026-11-29T01:02:03Z", "gisteren"))
                .post(ROOT + "/notificaties").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("aanmaakdatum"));
        as(publisher()).body("{niet json").post(ROOT + "/notificaties").then().statusCode(400)
                .body("code", equalTo("parse_error"));
    }

    /** What OutboxRelay sends: the Notificatie record of libs/zgw-common serialised by Jackson. */
    @Test
    void acceptsTheOutboxPayloadOfTheSharedLibrary() throws Exception {
        String k = kanaal("catalogus");
        var n = new nl.zgw.common.events.Notificatie(k, resourceUrl(), "zaaktype", resourceUrl(), "create",
                java.time.OffsetDateTime.now(), Map.of("catalogus", "https://example.nl/catalogi/1"));
        String json = io.quarkus.arc.Arc.container().instance(com.fasterxml.jackson.databind.ObjectMapper.class).get()
                .writeValueAsString(n);
        publish(json).statusCode(200);
    }
}
