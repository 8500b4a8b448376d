package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.domain.ZaakNotitie;

import java.util.List;

/** Renders a zaaknotitie as the OAS ZaakNotitie (which has a url but no uuid field). */
@RequestScoped
public class ZaakNotitieRepresentation {

    private final ObjectMapper mapper;
    private final PublicUrls urls;

    public ZaakNotitieRepresentation(ObjectMapper mapper, PublicUrls urls) {
        this.mapper = mapper;
        this.urls = urls;
    }

    public List<ObjectNode> render(List<ZaakNotitie> notities) {
        return notities.stream().map(this::render).toList();
    }

    public ObjectNode render(ZaakNotitie n) {
        ObjectNode o = mapper.createObjectNode();
        o.put("url", urls.resource("zaaknotities", n.uuid));
        o.put("onderwerp", n.onderwerp);
        o.put("tekst", n.tekst);
        o.put("aangemaaktDoor", n.aangemaaktDoor);
        o.put("notitieType", n.notitieType);
        o.put("status", n.status);
        o.put("aanmaakdatum", RolRepresentation.datumtijd(n.aanmaakdatum));
        o.put("wijzigingsdatum", RolRepresentation.datumtijd(n.wijzigingsdatum));
        o.put("gerelateerdAan", urls.resource("zaken", n.zaak.uuid));
        return o;
    }

    /** The current state in the request's shape, for a PATCH to merge over. */
    public ObjectNode request(ZaakNotitie n) {
        ObjectNode o = render(n);
        o.remove("url");
        o.remove("aanmaakdatum");
        o.remove("wijzigingsdatum");
        return o;
    }
}
