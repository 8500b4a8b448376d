package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.notificaties.support.Nrc;
import nl.zgw.notificaties.support.TestSubscriber;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.notificaties.support.Nrc.*;
import static org.hamcrest.Matchers.*;

/**
 * The shared request dialect on abonnementen, kanalen and notificaties (issue 9 item 3): the reference's codes and
 * Dutch reasons (never "must not be blank"), snake_case bodies on POST and PATCH, a PATCH validated as a PUT.
 */
@QuarkusTest
class AbonnementDialectTest {

    static Matcher<Iterable<? super Map<String, String>>> error(String name, String code, String reason) {
        return hasItem(allOf(hasEntry("name", name), hasEntry("code", code), hasEntry("reason", reason)));
    }

    static Matcher<Iterable<? super Map<String, String>>> error(String name, String code) {
        return hasItem(allOf(hasEntry("name", name), hasEntry("code", code)));
    }

    @Test
    void absentIsRequiredNullIsNullEmptyIsBlank() {
        Map<String, Object> body = new HashMap<>();
        body.put("auth", null);
        body.put("kanalen", List.of(Map.of("naam", "")));
        as(consumer()).body(body).post(ROOT + "/abonnement").then().statusCode(400)
                .body("invalidParams", error("callbackUrl", "required", "Dit veld is vereist."))
                .body("invalidParams", error("auth", "null", "Dit veld mag niet leeg zijn."))
                .body("invalidParams", error("kanalen.0.naam", "blank", "Dit veld mag niet leeg zijn."))
                .body("invalidParams", hasSize(3))
                .body(not(containsString("must not")));
    }

    @Test
    void anObjectWhereAStringBelongsIsInvalid() {
        as(consumer()).body(Map.of("callbackUrl", Map.of("a", 1), "auth", "x", "kanalen", List.of()))
                .post(ROOT + "/abonnement").then().statusCode(400)
                .body("invalidParams", error("callbackUrl", "invalid", "Geen geldige string."));
    }

    @Test
    void aKanaalNameTooLongIsMaxLengthAndABadLinkInvalid() {
        as(publisher()).body(Map.of("naam", "k".repeat(51), "documentatie_link", "geen url"))
                .post(ROOT + "/kanaal").then().statusCode(400)
                .body("invalidParams", error("naam", "max_length",
                        "Zorg ervoor dat dit veld niet meer dan 50 karakters bevat."))
                .body("invalidParams", error("documentatieLink", "invalid", "Voer een geldige URL in."));
    }

    @Test
    void aNumberWhereAStringBelongsIsTakenAsText() {
        String k = kanaal("bronorganisatie");
        Nrc.Sub sub = Nrc.subscribe(List.of(Map.of("naam", k, "filters", Map.of("bronorganisatie", 111))));
        as(consumer()).get(sub.url()).then().statusCode(200).body("kanalen[0].filters.bronorganisatie", equalTo("111"));
    }

    @Test
    void snakeCaseIsAcceptedOnPostAndPatchButFilterNamesStayAsSent() {
        String k = kanaal("bron_organisatie", "zaaktype");
        String name = TestSubscriber.create();
        TestSubscriber.State state = TestSubscriber.get(name);
        String url = as(consumer()).body(Map.of("callback_url", callbackUrl(name), "auth", state.auth,
                        "kanalen", List.of(Map.of("naam", k, "filters", Map.of("bron_organisatie", "123")))))
                .post(ROOT + "/abonnement").then().statusCode(201)
                .body("callbackUrl", equalTo(callbackUrl(name)))
                .body("kanalen[0].filters.bron_organisatie", equalTo("123"))
                .extract().path("url");
        as(consumer()).body(Map.of("kanalen", List.of(Map.of("naam", k, "filters", Map.of("zaaktype", "z")))))
                .patch(url).then().statusCode(200)
                .body("callbackUrl", equalTo(callbackUrl(name)))
                .body("kanalen[0].filters.zaaktype", equalTo("z"));
        String other = TestSubscriber.create();
        as(consumer()).body(Map.of("callback_url", callbackUrl(other), "auth", TestSubscriber.get(other).auth))
                .patch(url).then().statusCode(200)
                .body("callbackUrl", equalTo(callbackUrl(other)))
                .body("kanalen[0].filters.zaaktype", equalTo("z"));
    }

    @Test
    void aPatchWithNullForARequiredFieldIsNull() {
        Nrc.Sub sub = Nrc.subscribe(kanaal());
        Map<String, Object> patch = new HashMap<>();
        patch.put("callbackUrl", null);
        patch.put("kanalen", List.of(Map.of("naam", "")));
        as(consumer()).body(patch).patch(sub.url()).then().statusCode(400)
                .body("invalidParams", error("callbackUrl", "null", "Dit veld mag niet leeg zijn."))
                .body("invalidParams", error("kanalen.0.naam", "blank"))
                .body("invalidParams", hasSize(2));
    }

    @Test
    void aMessageInSnakeCaseIsAcceptedAndItsKenmerkenKeptAsSent() {
        String k = kanaal("bron_organisatie");
        String hoofdObject = resourceUrl();
        String resource = resourceUrl();
        String message = "{\"kanaal\":\"" + k + "\",\"hoofd_object\":\"" + hoofdObject + "\",\"resource\":\"zaak\","
                + "\"resource_url\":\"" + resource + "\",\"actie\":\"create\","
                + "\"aanmaakdatum\":\"2026-11-29T01:02:03Z\",\"kenmerken\":{\"bron_organisatie\":\"1\"}}";
        publish(message).statusCode(200)
                .body("hoofdObject", equalTo(hoofdObject))
                .body("resourceUrl", equalTo(resource))
                .body("$", not(hasKey("hoofd_object")))
                .body("kenmerken.bron_organisatie", equalTo("1"));
        publish("{\"kanaal\":\"" + k + "\",\"hoofdObject\":null,\"actie\":\"\",\"resource\":\"zaak\","
                + "\"resourceUrl\":\"" + resourceUrl() + "\",\"aanmaakdatum\":\"geen datum\"}").statusCode(400)
                .body("invalidParams", error("aanmaakdatum", "invalid"));
        publish("{\"kanaal\":\"" + k + "\",\"hoofdObject\":null,\"actie\":\"\",\"resource\":\"zaak\","
                + "\"resourceUrl\":\"" + resourceUrl() + "\"}").statusCode(400)
                .body("invalidParams", error("hoofdObject", "null"))
                .body("invalidParams", error("actie", "blank"))
                .body("invalidParams", error("aanmaakdatum", "required"))
                .body("invalidParams", hasSize(3));
    }
}
