package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.ZaakVerzoek;

import java.util.List;
import java.util.UUID;

/** A zaakverzoek as the OAS {@code ZaakVerzoek}. */
@ApplicationScoped
public class ZaakVerzoekRepresentation {

    public static final String COLLECTION = "zaakverzoeken";

    private final PublicUrls urls;

    public ZaakVerzoekRepresentation(PublicUrls urls) {
        this.urls = urls;
    }

    public String url(UUID uuid) {
        return urls.resource(COLLECTION, uuid);
    }

    public ObjectNode render(ZaakVerzoek zv) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("url", url(zv.uuid));
        n.put("uuid", zv.uuid.toString());
        n.put("zaak", urls.resource(ZakenApi.ZAKEN, zv.zaak.uuid));
        n.put("verzoek", zv.verzoek);
        return n;
    }

    public List<ObjectNode> render(List<ZaakVerzoek> zvs) {
        return zvs.stream().map(this::render).toList();
    }
}
