package nl.zgw.notificaties.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.outbound.AddressGuard;
import nl.zgw.common.outbound.RefusedAddressException;
import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.notificaties.config.NrcConfig;
import nl.zgw.notificaties.delivery.CallbackClient;
import nl.zgw.notificaties.domain.CallbackUrl;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Before an abonnement is created or changed, the callback must be able to receive notifications: a test message is
 * POSTed with the given {@code auth} and must be answered with a 2xx (the consumer API prescribes 204), else 400
 * {@code invalid-callback-url}. The URL must be http(s) (http only when allowed); redirects are not followed.
 */
@ApplicationScoped
public class CallbackVerifier {

    public static final String CODE = "invalid-callback-url";
    public static final String NO_AUTH_CODE = "no-auth-on-callback-url";
    static final String TEST_MESSAGE = """
            {"kanaal":"test","hoofdObject":"http://some.hoofdobject.nl/","resource":"some_resource",\
            "resourceUrl":"http://some.resource.nl/","actie":"create","aanmaakdatum":"2019-01-01T12:00:00Z",\
            "kenmerken":{}}""";
    private static final Logger LOG = Logger.getLogger(CallbackVerifier.class);

    private final CallbackClient client;
    private final NrcConfig config;
    private final AddressGuard addresses;

    public CallbackVerifier(CallbackClient client, NrcConfig config, AddressGuard addresses) {
        this.client = client;
        this.config = config;
        this.addresses = addresses;
    }

    /**
     * Checks the URL's form and that its host is no internal address (server-side request forgery; allow-listed by
     * {@code zgw.outbound.allowed-private-hosts}): 400 {@code invalid} on callbackUrl.
     */
    public void checkUrl(String callbackUrl) {
        URI uri = CallbackUrl.parse(callbackUrl, config.callback().allowHttp());
        try {
            addresses.check(uri);
        } catch (RefusedAddressException e) {
            throw ZgwException.invalid("callbackUrl", "invalid", e.getMessage());
        }
    }

    /**
     * POSTs the test message; 400 {@code invalid-callback-url} unless it is answered with a 2xx. With
     * {@code callback.require-auth} it is POSTed once more without {@code Authorization}, which must be refused.
     */
    public void verify(String callbackUrl, String auth) {
        CallbackClient.Outcome outcome = post(callbackUrl, auth).orElseThrow(CallbackVerifier::invalid);
        if (!outcome.delivered()) {
            LOG.infof("Callback test POST to %s refused: %s", callbackUrl,
                    outcome.status() != null ? "HTTP " + outcome.status() : outcome.error());
            throw invalid();
        }
        if (config.callback().requireAuth()) {
            Integer status = post(callbackUrl, null).map(CallbackClient.Outcome::status).orElse(null);
            if (status == null || (status != 401 && status != 403)) {
                LOG.infof("Callback %s did not refuse a test POST without Authorization (%s)", callbackUrl,
                        status == null ? "no answer" : "HTTP " + status);
                throw ZgwException.invalid(List.of(InvalidParam.nonField(NO_AUTH_CODE,
                        "De opgegeven callback URL accepteert notificaties zonder Authorization header.")));
            }
        }
    }

    /** The test POST; empty when it could not complete. */
    private Optional<CallbackClient.Outcome> post(String callbackUrl, String auth) {
        try {
            // the client bounds the exchange itself; this bound only guards the API thread against a client bug
            return Optional.of(client.post(callbackUrl, auth, TEST_MESSAGE)
                    .get(config.callback().requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    private static ZgwException invalid() {
        return ZgwException.invalid(List.of(InvalidParam.nonField(CODE,
                "De opgegeven callback URL kan geen notificaties ontvangen.")));
    }
}
