package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.ZaakEigenschap;

import java.util.List;
import java.util.UUID;

/** A zaakeigenschap as the OAS {@code ZaakEigenschap} ({@code /zaken/{zaak_uuid}/zaakeigenschappen/{uuid}}). */
@ApplicationScoped
public class ZaakEigenschapRepresentation {

    public static final String ZAAKEIGENSCHAPPEN = "zaakeigenschappen";

    private final PublicUrls urls;

    public ZaakEigenschapRepresentation(PublicUrls urls) {
        this.urls = urls;
    }

    public String url(UUID zaak, UUID uuid) {
        return urls.resource(ZakenApi.ZAKEN, zaak) + "/" + ZAAKEIGENSCHAPPEN + "/" + uuid;
    }

    public ObjectNode render(ZaakEigenschap e) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("url", url(e.zaak.uuid, e.uuid));
        n.put("uuid", e.uuid.toString());
        n.put("zaak", urls.resource(ZakenApi.ZAKEN, e.zaak.uuid));
        n.put("eigenschap", e.eigenschap);
        n.put("naam", e.naam);
        n.put("waarde", e.waarde);
        return n;
    }

    public List<ObjectNode> render(List<ZaakEigenschap> rows) {
        return rows.stream().map(this::render).toList();
    }

    public ZaakEigenschapRequest request(ZaakEigenschap e) {
        return new ZaakEigenschapRequest(urls.resource(ZakenApi.ZAKEN, e.zaak.uuid), e.eigenschap, e.waarde);
    }
}
