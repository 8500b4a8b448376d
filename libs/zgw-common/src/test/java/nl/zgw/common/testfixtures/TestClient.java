package nl.zgw.common.testfixtures;

import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.Autorisatie;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.testing.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builder of one test client's Applicatie; see {@link TestAutorisaties}. */
public final class TestClient {

    private final String clientId;
    private final List<Autorisatie> autorisaties = new ArrayList<>();
    private boolean all;
    private boolean alleenIsGereedVoorPublicatie;

    TestClient(String clientId) {
        this.clientId = clientId;
    }

    public TestClient heeftAlleAutorisaties() {
        this.all = true;
        return this;
    }

    /** AC 1.1: the client may only read documents with {@code isGereedVoorPublicatie = true}. */
    public TestClient alleenIsGereedVoorPublicatie() {
        this.alleenIsGereedVoorPublicatie = true;
        return this;
    }

    /** Scopes on a component without types (ztc, nrc, ac), or on zrc/drc/brc without a type (sees nothing typed). */
    public TestClient scopes(String component, String... scopes) {
        autorisaties.add(new Autorisatie(component, Set.of(scopes), null, null, null, null));
        return this;
    }

    public TestClient zaaktype(String zaaktype, Vertrouwelijkheidaanduiding max, String... scopes) {
        autorisaties.add(new Autorisatie("zrc", Set.of(scopes), zaaktype, null, null, max));
        return this;
    }

    public TestClient informatieobjecttype(String iotype, Vertrouwelijkheidaanduiding max, String... scopes) {
        autorisaties.add(new Autorisatie("drc", Set.of(scopes), null, iotype, null, max));
        return this;
    }

    public TestClient besluittype(String besluittype, String... scopes) {
        autorisaties.add(new Autorisatie("brc", Set.of(scopes), null, null, besluittype, null));
        return this;
    }

    /** Registers the client and its Applicatie; returns the client id. */
    public String register() {
        TestAutorisaties.SECRETS.put(clientId, secret());
        TestAutorisaties.APPLICATIES.put(clientId, new Applicatie(Set.of(clientId), clientId, all, autorisaties,
                alleenIsGereedVoorPublicatie));
        return clientId;
    }

    /** Registers the client and returns a fresh {@code Authorization} header value. */
    public String bearer() {
        register();
        return TestAutorisaties.bearer(clientId);
    }

    String secret() {
        return "secret-" + clientId;
    }
}
