package nl.zgw.notificaties;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.outbound.AddressGuard;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.notificaties.config.NrcConfig;
import nl.zgw.notificaties.delivery.CallbackClient;
import nl.zgw.notificaties.service.CallbackVerifier;
import nl.zgw.notificaties.support.TestSubscriber;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;

import static nl.zgw.notificaties.support.Nrc.callbackUrl;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Standard §8 (optional check of the reference implementation): with {@code zgw.nrc.callback.require-auth} the test
 * message is POSTed once more without {@code Authorization}, and a webhook that accepts it is refused with
 * {@code no-auth-on-callback-url}. Off by default.
 */
@QuarkusTest
class CallbackAuthCheckTest {

    @Inject
    CallbackClient client;
    @Inject
    NrcConfig config;
    @Inject
    AddressGuard addresses;

    @Test
    void aProtectedWebhookPassesTheCheck() {
        String s = TestSubscriber.create();
        assertDoesNotThrow(() -> strict().verify(callbackUrl(s), TestSubscriber.get(s).auth));
        assertEquals(1, TestSubscriber.get(s).testMessages.size());
        assertEquals(List.of("null"), TestSubscriber.get(s).refusedAuth); // the second POST, without auth
    }

    @Test
    void noAuthOnCallbackUrlWhenTheWebhookAcceptsAMessageWithoutAuthorization() {
        String s = TestSubscriber.create();
        TestSubscriber.get(s).mode = TestSubscriber.Mode.OPEN;
        ZgwException e = assertThrows(ZgwException.class,
                () -> strict().verify(callbackUrl(s), TestSubscriber.get(s).auth));
        assertEquals(400, e.status());
        assertEquals("no-auth-on-callback-url", e.invalidParams().get(0).code());
        assertEquals("nonFieldErrors", e.invalidParams().get(0).name());
    }

    @Test
    void offByDefaultAnUnprotectedWebhookIsAccepted() {
        String s = TestSubscriber.create();
        TestSubscriber.get(s).mode = TestSubscriber.Mode.OPEN;
        assertDoesNotThrow(() -> new CallbackVerifier(client, config, addresses).verify(callbackUrl(s), "Bearer x"));
    }

    /** The service's configuration with {@code callback.require-auth=true}. */
    private CallbackVerifier strict() {
        NrcConfig.Callback callback = config.callback();
        NrcConfig.Callback requireAuth = (NrcConfig.Callback) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{NrcConfig.Callback.class},
                (proxy, m, args) -> m.getName().equals("requireAuth") ? Boolean.TRUE : m.invoke(callback, args));
        NrcConfig strict = (NrcConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{NrcConfig.class},
                (proxy, m, args) -> m.getName().equals("callback") ? requireAuth : m.invoke(config, args));
        return new CallbackVerifier(client, strict, addresses);
    }
}
