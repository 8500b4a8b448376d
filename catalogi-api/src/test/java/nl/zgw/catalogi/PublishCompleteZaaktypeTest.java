package nl.zgw.catalogi;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.zgw.testing.WireMockTestResource.InjectWireMock;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.Fixtures.*;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/**
 * With {@code zgw.catalogi.publish.require-complete-zaaktype} on, publishing answers as Open Zaak: one 400
 * {@code concept-relation} naming every gap at once. (Off, the default, a bare zaaktype is published:
 * {@code ConceptPublishLifecycleTest.aBareZaaktypeIsPublishedByDefault}.)
 */
@QuarkusTest
@TestProfile(RequireCompleteZaaktypeProfile.class)
class PublishCompleteZaaktypeTest {

    @InjectWireMock
    WireMockServer wm;

    @Test
    void everyGapOfAnIncompleteZaaktypeAtOnce() {
        String catalogus = catalogus();
        String bt = unique("BT");
        besluittype(catalogus, bt);
        Map<String, Object> body = zaaktypeBody(catalogus, unique("INC"));
        body.put("besluittypen", List.of(bt));
        String zaaktype = zaaktype(body);
        statustype(zaaktype, 1);
        publish(zaaktype).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("roltypen", "resultaattypen", "statustypen",
                        "nonFieldErrors"))
                .body("invalidParams.code", everyItem(equalTo("concept-relation")));
        as(admin()).get(path(zaaktype)).then().body("concept", equalTo(true));
    }

    @Test
    void aCompleteZaaktypeIsPublished() {
        String zaaktype = completeZaaktype(wm, catalogus(), unique("CMP"));
        publish(zaaktype).then().statusCode(200).body("concept", equalTo(false));
    }
}
