package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.Resultaat;

import java.util.List;
import java.util.UUID;

/** A resultaat as the OAS {@code Resultaat}, in the file's order; {@link #request} gives its state for PATCH. */
@ApplicationScoped
public class ResultaatRepresentation {

    public static final String RESULTATEN = "resultaten";

    private final PublicUrls urls;

    public ResultaatRepresentation(PublicUrls urls) {
        this.urls = urls;
    }

    public String url(UUID uuid) {
        return urls.resource(RESULTATEN, uuid);
    }

    public ObjectNode render(Resultaat resultaat) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("url", url(resultaat.uuid));
        n.put("uuid", resultaat.uuid.toString());
        n.put("zaak", urls.resource(ZakenApi.ZAKEN, resultaat.zaak.uuid));
        n.put("resultaattype", resultaat.resultaattype);
        n.put("toelichting", resultaat.toelichting);
        return n;
    }

    public List<ObjectNode> render(List<Resultaat> page) {
        return page.stream().map(this::render).toList();
    }

    public ResultaatRequest request(Resultaat resultaat) {
        return new ResultaatRequest(urls.resource(ZakenApi.ZAKEN, resultaat.zaak.uuid), resultaat.resultaattype,
                resultaat.toelichting);
    }
}
