package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.domain.KlantContact;

import java.util.List;

/** Renders a klantcontact as the OAS KlantContact. */
@RequestScoped
public class KlantContactRepresentation {

    private final ObjectMapper mapper;
    private final PublicUrls urls;

    public KlantContactRepresentation(ObjectMapper mapper, PublicUrls urls) {
        this.mapper = mapper;
        this.urls = urls;
    }

    public List<ObjectNode> render(List<KlantContact> contacten) {
        return contacten.stream().map(this::render).toList();
    }

    public ObjectNode render(KlantContact k) {
        ObjectNode n = mapper.createObjectNode();
        n.put("url", urls.resource("klantcontacten", k.uuid));
        n.put("uuid", k.uuid.toString());
        n.put("zaak", urls.resource("zaken", k.zaak.uuid));
        n.put("identificatie", k.identificatie);
        n.put("datumtijd", RolRepresentation.datumtijd(k.datumtijd));
        n.put("kanaal", k.kanaal);
        n.put("onderwerp", k.onderwerp);
        n.put("toelichting", k.toelichting);
        return n;
    }
}
