package nl.zgw.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.zgw.testing.services.ZgwServices;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Base of every e2e test: the services started once per run, requests as the admin client, guards. */
@ExtendWith(E2eServices.class)
abstract class E2eTest {

    /** A request to a started service's API root as {@code admin} (all autorisaties), JSON both ways. */
    static RequestSpecification at(String api) {
        RequestSpecification spec = given().baseUri(ZgwServices.url(api))
                .header("Authorization", ZgwServices.bearer("admin"))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
        // the Zaken API requires the CRS headers on every write of a zaak (geo), harmless elsewhere
        return "zaken".equals(api) ? spec.header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326") : spec;
    }

    /** A request to a full URL a service gave, as {@code admin}. */
    static RequestSpecification atUrl() {
        return given().header("Authorization", ZgwServices.bearer("admin"))
                .header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326")
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /**
     * Skips the test unless every operation answers as an implemented one: {@code POST} with an empty object must
     * not be 404, 405 or 501 (an implemented create answers 400 on it), {@code GET} must answer 200. The probe
     * itself is not response-validated (a missing operation answers what the file does not list).
     */
    static void assumeOperations(String api, String... operations) {
        assumeTrue(ZgwServices.started(api), api + " is not started");
        for (String operation : operations) {
            String[] mp = operation.split(" ", 2);
            String method = mp[0];
            String path = mp[1];
            RequestSpecification probe = given().noFilters().baseUri(ZgwServices.url(api))
                    .header("Authorization", ZgwServices.bearer("admin"))
                    .header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326")
                    .contentType(ContentType.JSON).accept(ContentType.JSON);
            int status = "POST".equals(method) ? probe.body("{}").post(path).statusCode() : probe.get(path).statusCode();
            boolean implemented = "POST".equals(method) ? !List.of(404, 405, 501).contains(status) : status == 200;
            assumeTrue(implemented, api + ": " + method + " " + path + " is not implemented yet (answered " + status
                    + ")");
        }
    }

    /** A RSIN that passes the elfproef. */
    static String rsin() {
        while (true) {
            int sum = 0;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                int d = ThreadLocalRandom.current().nextInt(10);
                sum += (9 - i) * d;
                sb.append(d);
            }
            int last = sum % 11;
            if (last < 10) {
                return sb.append(last).toString();
            }
        }
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The UUID at the end of a resource URL. */
    static String uuidOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
