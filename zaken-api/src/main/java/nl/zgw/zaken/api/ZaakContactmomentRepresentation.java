package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.ZaakContactmoment;

import java.util.List;
import java.util.UUID;

/** A zaakcontactmoment as the OAS {@code ZaakContactMoment}. */
@ApplicationScoped
public class ZaakContactmomentRepresentation {

    public static final String COLLECTION = "zaakcontactmomenten";

    private final PublicUrls urls;

    public ZaakContactmomentRepresentation(PublicUrls urls) {
        this.urls = urls;
    }

    public String url(UUID uuid) {
        return urls.resource(COLLECTION, uuid);
    }

    public ObjectNode render(ZaakContactmoment zcm) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("url", url(zcm.uuid));
        n.put("uuid", zcm.uuid.toString());
        n.put("zaak", urls.resource(ZakenApi.ZAKEN, zcm.zaak.uuid));
        n.put("contactmoment", zcm.contactmoment);
        return n;
    }

    public List<ObjectNode> render(List<ZaakContactmoment> zcms) {
        return zcms.stream().map(this::render).toList();
    }
}
