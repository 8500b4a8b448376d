package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.ZaakBesluit;

import java.util.List;
import java.util.UUID;

/** A zaakbesluit as the OAS {@code ZaakBesluit}; its URL is nested under its zaak. */
@ApplicationScoped
public class ZaakBesluitRepresentation {

    private final PublicUrls urls;

    public ZaakBesluitRepresentation(PublicUrls urls) {
        this.urls = urls;
    }

    public String url(UUID zaak, UUID uuid) {
        return urls.resource(ZakenApi.ZAKEN, zaak) + "/besluiten/" + uuid;
    }

    public ObjectNode render(ZaakBesluit zb) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("url", url(zb.zaak.uuid, zb.uuid));
        n.put("uuid", zb.uuid.toString());
        n.put("besluit", zb.besluit);
        return n;
    }

    public List<ObjectNode> render(List<ZaakBesluit> zbs) {
        return zbs.stream().map(this::render).toList();
    }
}
