package nl.zgw.notificaties.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.zgw.common.testfixtures.TestAutorisaties;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Small helpers for the tests: tokens with exactly the needed scopes, kanalen, abonnementen and messages. */
public final class Nrc {

    public static final String ROOT = "/notificaties/api/v1";

    private Nrc() {
    }

    public static String publisher() {
        return TestAutorisaties.client("publisher").scopes("nrc", "notificaties.publiceren").bearer();
    }

    public static String consumer() {
        return TestAutorisaties.client("consumer").scopes("nrc", "notificaties.consumeren").bearer();
    }

    public static String admin() {
        return TestAutorisaties.superuser("admin").bearer();
    }

    public static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    public static String uniqueNaam() {
        return "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** Creates a kanaal and returns its naam. */
    public static String kanaal(String... filters) {
        String naam = uniqueNaam();
        as(publisher()).body(Map.of("naam", naam, "documentatieLink", "https://example.nl/docs",
                "filters", List.of(filters))).post(ROOT + "/kanaal").then().statusCode(201);
        return naam;
    }

    public static String callbackUrl(String subscriber) {
        return "http://localhost:" + RestAssured.port + "/test-subscriber/" + subscriber;
    }

    /** Creates an abonnement for a fresh test subscriber; returns the subscriber name and the abonnement url. */
    public record Sub(String name, String url, TestSubscriber.State state) {
        public String uuid() {
            return url.substring(url.lastIndexOf('/') + 1);
        }
    }

    public static Sub subscribe(List<Map<String, Object>> kanalen) {
        String name = TestSubscriber.create();
        TestSubscriber.State state = TestSubscriber.get(name);
        String url = as(consumer()).body(Map.of("callbackUrl", callbackUrl(name), "auth", state.auth,
                        "kanalen", kanalen))
                .post(ROOT + "/abonnement").then().statusCode(201).extract().path("url");
        return new Sub(name, url, state);
    }

    public static Sub subscribe(String kanaal) {
        return subscribe(List.of(Map.of("naam", kanaal)));
    }

    public static String message(String kanaal, String resourceUrl, Map<String, String> kenmerken) {
        StringBuilder k = new StringBuilder();
        kenmerken.forEach((key, value) -> k.append(k.length() == 0 ? "" : ",")
                .append('"').append(key).append("\":\"").append(value).append('"'));
        return "{\"kanaal\":\"" + kanaal + "\",\"hoofdObject\":\"" + resourceUrl + "\",\"resource\":\"zaaktype\","
                + "\"resourceUrl\":\"" + resourceUrl + "\",\"actie\":\"create\","
                + "\"aanmaakdatum\":\"2026-11-29T01:02:03Z\",\"kenmerken\":{" + k + "}}";
    }

    public static ValidatableResponse publish(String message) {
        return as(publisher()).body(message).post(ROOT + "/notificaties").then();
    }

    public static String resourceUrl() {
        return "https://catalogi.example.nl/catalogi/api/v1/zaaktypen/" + UUID.randomUUID();
    }
}
