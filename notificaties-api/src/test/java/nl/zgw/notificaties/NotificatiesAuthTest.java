package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zgw.common.testfixtures.TestAutorisaties;
import nl.zgw.testing.contract.AuthContract;
import nl.zgw.notificaties.support.Nrc;
import nl.zgw.notificaties.support.TestSubscriber;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.notificaties.support.Nrc.ROOT;
import static nl.zgw.notificaties.support.Nrc.as;
import static nl.zgw.notificaties.support.Nrc.callbackUrl;
import static nl.zgw.notificaties.support.Nrc.consumer;
import static nl.zgw.notificaties.support.Nrc.kanaal;
import static nl.zgw.notificaties.support.Nrc.message;
import static nl.zgw.notificaties.support.Nrc.publisher;
import static nl.zgw.notificaties.support.Nrc.resourceUrl;
import static nl.zgw.notificaties.support.Nrc.uniqueNaam;
import static org.hamcrest.Matchers.equalTo;

/**
 * Scopes per the OAS: notificaties.publiceren / notificaties.consumeren (component nrc). Every operation without a
 * token or without a scope of nrc is checked by {@link AuthContract}; here which scope opens which operation.
 */
@QuarkusTest
class NotificatiesAuthTest extends AuthContract {

    NotificatiesAuthTest() {
        super(ROOT);
    }

    @Override
    protected RequestSpecification withoutScopes() {
        return as(TestAutorisaties.client("nrc-zonder-scopes").scopes("nrc").bearer());
    }

    @Test
    void kanaalCreateNeedsPubliceren() {
        as(consumer()).body(Map.of("naam", uniqueNaam())).post(ROOT + "/kanaal").then().statusCode(403)
                .body("code", equalTo("permission_denied"));
    }

    @Test
    void kanaalReadsAllowEitherScope() {
        String k = kanaal();
        as(consumer()).queryParam("naam", k).get(ROOT + "/kanaal").then().statusCode(200);
        as(publisher()).queryParam("naam", k).get(ROOT + "/kanaal").then().statusCode(200);
    }

    @Test
    void notificatiesNeedPubliceren() {
        String k = kanaal();
        as(consumer()).body(message(k, resourceUrl(), Map.of())).post(ROOT + "/notificaties").then()
                .statusCode(403);
    }

    @Test
    void abonnementWritesNeedConsumerenReadsEither() {
        String s = TestSubscriber.create();
        Map<String, Object> body = Map.of("callbackUrl", callbackUrl(s), "auth", TestSubscriber.get(s).auth,
                "kanalen", List.of(Map.of("naam", kanaal())));
        as(publisher()).body(body).post(ROOT + "/abonnement").then().statusCode(403);
        Nrc.Sub sub = Nrc.subscribe(kanaal());
        as(publisher()).get(sub.url()).then().statusCode(200);
        as(publisher()).get(ROOT + "/abonnement").then().statusCode(200);
        as(publisher()).body(body).put(sub.url()).then().statusCode(403);
        as(publisher()).body(Map.of()).patch(sub.url()).then().statusCode(403);
        as(publisher()).delete(sub.url()).then().statusCode(403);
    }

    @Test
    void scopesOfAnotherComponentDoNotCount() {
        String token = TestAutorisaties.client("ztc-only").scopes("ztc", "notificaties.publiceren").bearer();
        as(token).get(ROOT + "/kanaal").then().statusCode(403);
    }
}
