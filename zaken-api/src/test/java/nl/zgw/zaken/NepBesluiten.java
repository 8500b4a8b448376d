package nl.zgw.zaken;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Unremovable;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.refs.ReferenceException;
import nl.zgw.zaken.client.Besluiten;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Besluiten API seam of this module's tests (the Besluiten API is built after the Zaken API, so these tests
 * cannot start it; no WireMock for a project service): besluiten a test registers exist, others answer 404.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
@Unremovable
public class NepBesluiten implements Besluiten {

    public static final String ROOT = "http://besluiten.test/besluiten/api/v1";

    private final Map<String, ObjectNode> besluiten = new ConcurrentHashMap<>();

    /** A besluit of the fake Besluiten API for this zaak; its URL. */
    public String besluit(String zaak) {
        String url = ROOT + "/besluiten/" + UUID.randomUUID();
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("url", url);
        n.put("identificatie", "BESLUIT-" + url.substring(url.length() - 8));
        n.put("besluittype", "http://catalogi.test/catalogi/api/v1/besluittypen/" + UUID.randomUUID());
        n.put("zaak", zaak);
        n.put("verantwoordelijkeOrganisatie", "517439943");
        besluiten.put(url, n);
        return url;
    }

    @Override
    public Besluit besluit(String field, String url) {
        ObjectNode n = besluiten.get(url);
        if (n == null) {
            throw ZgwException.invalid(field, ReferenceException.BAD_URL,
                    "De URL " + url + " gaf als antwoord HTTP 404. Geef een geldige URL op.");
        }
        return new Besluit(url, n.path("besluittype").asText(), n.path("zaak").asText());
    }

    @Override
    public Map<String, ObjectNode> besluiten(Collection<String> urls) {
        Map<String, ObjectNode> found = new HashMap<>();
        urls.forEach(u -> {
            if (besluiten.containsKey(u)) {
                found.put(u, besluiten.get(u).deepCopy());
            }
        });
        return found;
    }
}
