package nl.zgw.zaken;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Unremovable;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import nl.zgw.common.outbound.Unavailable;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.refs.ReferenceException;
import nl.zgw.testing.TestTokens;
import nl.zgw.zaken.client.Documenten;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Documenten API seam of this module's tests. The Documenten API is built after the Zaken API, so these tests
 * cannot start it (zgw-testing "Other services in a test"); no WireMock stands in for a project service either. This
 * bean replaces {@link nl.zgw.zaken.client.DocumentenApi}: documents a test registers are "in the Documenten API",
 * objectinformatieobjecten are kept here, the side can be taken down, and, as the real one does (drc-004), a mirror is
 * only made after checking back at the Zaken API that the zaakinformatieobject exists (over HTTP, as a service).
 */
@Alternative
@Priority(1000)
@ApplicationScoped
@Unremovable
public class NepDocumenten implements Documenten {

    public static final String ROOT = "http://documenten.test/documenten/api/v1";

    /** An objectinformatieobject of the fake. */
    public record Oio(String informatieobject, String object) {
    }

    private final Map<String, ObjectNode> documenten = new ConcurrentHashMap<>();
    private final Set<Oio> oios = ConcurrentHashMap.newKeySet();
    private final Map<Oio, AtomicInteger> pogingen = new ConcurrentHashMap<>();
    private volatile boolean plat;
    private final HttpClient http = HttpClient.newHttpClient();

    /** A document of this informatieobjecttype in the fake Documenten API; its URL. */
    public String document(String informatieobjecttype) {
        return document(informatieobjecttype, "definitief");
    }

    public String document(String informatieobjecttype, String status) {
        return document(informatieobjecttype, status, "openbaar");
    }

    public String document(String informatieobjecttype, String status, String vertrouwelijkheidaanduiding) {
        String url = ROOT + "/enkelvoudiginformatieobjecten/" + UUID.randomUUID();
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("url", url);
        n.put("identificatie", "DOC-" + url.substring(url.length() - 8));
        n.put("informatieobjecttype", informatieobjecttype);
        n.put("status", status);
        n.put("vertrouwelijkheidaanduiding", vertrouwelijkheidaanduiding);
        n.put("titel", "Brief");
        documenten.put(url, n);
        return url;
    }

    /** Takes the Documenten API down ({@code true}) or brings it back. */
    public void plat(boolean plat) {
        this.plat = plat;
    }

    public boolean heeft(String informatieobject, String zaak) {
        return oios.contains(new Oio(informatieobject, zaak));
    }

    public List<Oio> van(String informatieobject) {
        return oios.stream().filter(o -> o.informatieobject().equals(informatieobject)).toList();
    }

    /** How often the Zaken API tried to make or remove this mirror. */
    public int pogingen(String informatieobject, String zaak) {
        AtomicInteger n = pogingen.get(new Oio(informatieobject, zaak));
        return n == null ? 0 : n.get();
    }

    @Override
    public Informatieobject informatieobject(String field, String url) {
        ObjectNode n = documenten.get(url);
        if (n == null) {
            throw ZgwException.invalid(field, ReferenceException.BAD_URL,
                    "De URL " + url + " gaf als antwoord HTTP 404. Geef een geldige URL op.");
        }
        return new Informatieobject(url, n.path("informatieobjecttype").asText(), n.path("status").asText());
    }

    @Override
    public Map<String, ObjectNode> documenten(Collection<String> urls) {
        Map<String, ObjectNode> found = new HashMap<>();
        urls.forEach(u -> {
            if (documenten.containsKey(u)) {
                found.put(u, documenten.get(u).deepCopy());
            }
        });
        return found;
    }

    @Override
    public void objectinformatieobjectAanmaken(String informatieobject, String zaak) {
        Oio oio = new Oio(informatieobject, zaak);
        pogingen.computeIfAbsent(oio, k -> new AtomicInteger()).incrementAndGet();
        if (plat) {
            throw new Unavailable("ConnectException");
        }
        if (!zioBestaat(informatieobject, zaak)) {                  // drc-004
            throw new IllegalStateException("POST objectinformatieobjecten answered HTTP 400: inconsistent-relation");
        }
        oios.add(oio);
    }

    @Override
    public void objectinformatieobjectenVerwijderen(String informatieobject, String zaak) {
        Oio oio = new Oio(informatieobject, zaak);
        pogingen.computeIfAbsent(oio, k -> new AtomicInteger()).incrementAndGet();
        if (plat) {
            throw new Unavailable("ConnectException");
        }
        oios.remove(oio);
    }

    /** drc-004: GET {zrc}/zaakinformatieobjecten?zaak=&informatieobject= answers the relation. */
    private boolean zioBestaat(String informatieobject, String zaak) {
        String root = zaak.substring(0, zaak.indexOf("/zaken/api/v1") + "/zaken/api/v1".length());
        URI uri = URI.create(root + "/zaakinformatieobjecten?zaak=" + URLEncoder.encode(zaak, StandardCharsets.UTF_8)
                + "&informatieobject=" + URLEncoder.encode(informatieobject, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", TestTokens.client("admin").secret("admin-secret-which-is-long-enough")
                            .bearer()).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains(informatieobject);
        } catch (java.io.IOException e) {
            throw new Unavailable("the Zaken API did not answer the check-back");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }
}
