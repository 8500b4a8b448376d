package nl.zgw.common.security.autorisaties;

import nl.zgw.common.security.jwt.JwtZgwVerifier;
import nl.zgw.common.security.jwt.ZgwAuthConfig;
import nl.zgw.common.security.jwt.CurrentCaller;
import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.AutorisatieSource;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.RequiresScope;
import nl.zgw.common.security.autorisaties.AuthenticationFilter;
import nl.zgw.common.security.ac.AutorisatiesApi;
import nl.zgw.common.security.ac.AutorisatiesApiSource;
import nl.zgw.common.security.ac.ZgwAutorisatiesConfig;
import nl.zgw.common.security.WireMockAc;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.testfixtures.RemoteAutorisaties;
import nl.zgw.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue rule "a change to an Applicatie takes effect on the very next request to any service": a service whose
 * {@link AutorisatieSource} is {@link AutorisatiesApiSource}, against a WireMock Autorisaties API whose first
 * introspection grants {@code zaken.lezen} and whose second no longer does. Each request runs the real
 * {@link AuthenticationFilter} in its own request context; the second is 403 because the service asked the AC
 * again and kept nothing from the first.
 */
@QuarkusTest
class AutorisatiesApiNextRequestTest {

    static final String TOKEN = "consumer.jwt.token";
    static final String LOCAL_SECRET = "zaak-app-secret-kept-by-this-service";

    /** The operation both requests call. */
    static class Zaken {
        @RequiresScope("zaken.lezen")
        public void lezen() {
        }
    }

    @Inject
    ZgwApiConfig apiConfig; // component zrc

    @Test
    void anApplicatieChangeAtTheAcCountsOnTheVeryNextRequest() throws Exception {
        try (WireMockAc ac = new WireMockAc()) {
            ac.server.stubFor(post(WireMockAc.INTROSPECTIE).inScenario("applicatie").whenScenarioStateIs(STARTED)
                    .willReturn(introspectie("\"zaken.lezen\"")).willSetStateTo("scope ingetrokken"));
            ac.server.stubFor(post(WireMockAc.INTROSPECTIE).inScenario("applicatie")
                    .whenScenarioStateIs("scope ingetrokken").willReturn(introspectie("")));
            AutorisatiesApi api = ac.api();

            request(api, "Bearer " + TOKEN);
            ZgwException second = assertThrows(ZgwException.class, () -> request(api, "Bearer " + TOKEN));
            assertEquals(403, second.status());
            assertEquals("permission_denied", second.code());

            // one introspection per request, with the consumer's token in the body; no other lookup
            ac.server.verify(2, postRequestedFor(urlEqualTo(WireMockAc.INTROSPECTIE))
                    .withRequestBody(matchingJsonPath("$.token", equalTo(TOKEN))));
            ac.server.verify(0, getRequestedFor(urlPathEqualTo(WireMockAc.ROOT + "/applicaties/consumer")));
        }
    }

    /**
     * The same guarantee with {@code token-verification=local} (another supplier's Autorisaties API): the token is
     * verified here with the configured secret, the Applicatie comes from the standard {@code consumer} endpoint on
     * every request, and a token with a wrong signature is refused without asking the AC anything.
     */
    @Test
    void withLocalVerificationTheApplicatieComesFromTheStandardConsumerEndpointOnEveryRequest() throws Exception {
        try (WireMockAc ac = new WireMockAc()) {
            String consumer = WireMockAc.ROOT + "/applicaties/consumer";
            ac.server.stubFor(get(urlPathEqualTo(consumer)).inScenario("applicatie").whenScenarioStateIs(STARTED)
                    .willReturn(okJson(applicatie("\"zaken.lezen\""))).willSetStateTo("scope ingetrokken"));
            ac.server.stubFor(get(urlPathEqualTo(consumer)).inScenario("applicatie")
                    .whenScenarioStateIs("scope ingetrokken").willReturn(okJson(applicatie(""))));
            AutorisatiesApi api = RemoteAutorisaties.api(ac.server.baseUrl() + WireMockAc.ROOT,
                    WireMockAc.SERVICE_ID, WireMockAc.SERVICE_SECRET, ZgwAutorisatiesConfig.TokenVerification.LOCAL);
            String token = TestTokens.client("zaak-app").secret(LOCAL_SECRET).bearer();

            request(api, token);
            ZgwException second = assertThrows(ZgwException.class, () -> request(api, token));
            assertEquals("permission_denied", second.code());
            ZgwException forged = assertThrows(ZgwException.class,
                    () -> request(api, TestTokens.client("zaak-app").secret("not-the-secret-at-all").bearer()));
            assertEquals("invalid-jwt-signature", forged.code());

            ac.server.verify(2, getRequestedFor(urlPathEqualTo(consumer))
                    .withQueryParam("clientId", equalTo("zaak-app")));
            ac.server.verify(0, postRequestedFor(urlEqualTo(WireMockAc.INTROSPECTIE)));
        }
    }

    /** One request to {@link Zaken#lezen()}: the service's authentication filter, in a fresh request context. */
    private void request(AutorisatiesApi api, String authorization) throws Exception {
        ManagedContext context = Arc.container().requestContext();
        InjectableContext.ContextState outer = context.isActive() ? context.getState() : null;
        if (outer != null) {
            context.deactivate();
        }
        context.activate();
        try {
            ZgwAuthConfig auth = WireMockAc.auth(WireMockAc.SERVICE_SECRET);
            AuthenticationFilter filter = new AuthenticationFilter();
            filter.resourceInfo = resourceInfo(Zaken.class.getMethod("lezen"));
            filter.verifier = new JwtZgwVerifier(
                    id -> "zaak-app".equals(id) ? Optional.of(LOCAL_SECRET) : Optional.empty(), auth, api);
            filter.currentCaller = new CurrentCaller();
            filter.autorisaties = new Autorisaties(filter.currentCaller, new AutorisatiesApiSource(api, auth), apiConfig);
            filter.filter(withAuthorization(authorization));
        } finally {
            context.terminate();
            if (outer != null) {
                context.activate(outer);
            }
        }
    }

    private static ResponseDefinitionBuilder introspectie(String scopes) {
        return okJson("""
                {"active": true, "clientId": "zaak-app", "userId": "u1", "userRepresentation": "Gebruiker",
                 "applicatie": %s}""".formatted(applicatie(scopes)));
    }

    private static String applicatie(String scopes) {
        return """
                {"url": "http://ac/autorisaties/api/v1/applicaties/1", "clientIds": ["zaak-app"],
                 "label": "Zaak-app", "heeftAlleAutorisaties": false, "alleenIsGereedVoorPublicatie": false,
                 "autorisaties": [{"component": "zrc", "scopes": [%s], "zaaktype": "http://ztc/zaaktypen/1",
                                   "maxVertrouwelijkheidaanduiding": "geheim"}]}""".formatted(scopes);
    }

    private static ResourceInfo resourceInfo(Method method) {
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return method.getDeclaringClass();
            }
        };
    }

    private static ContainerRequestContext withAuthorization(String authorization) {
        return (ContainerRequestContext) Proxy.newProxyInstance(AutorisatiesApiNextRequestTest.class.getClassLoader(),
                new Class<?>[]{ContainerRequestContext.class},
                (proxy, m, args) -> m.getName().equals("getHeaderString") && "Authorization".equals(args[0])
                        ? authorization : null);
    }
}
