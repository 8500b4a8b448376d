package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.domain.ZaakObject;
import nl.zgw.zaken.domain.gegevensgroep.Gegevensgroepen;

import java.util.List;

/** Renders a zaakobject as the OAS ZaakObject of its objectType ({@code adres_ZaakObject}, ...). */
@RequestScoped
public class ZaakObjectRepresentation {

    private final ObjectMapper mapper;
    private final PublicUrls urls;
    private final Gegevensgroepen groepen = Gegevensgroepen.official();

    public ZaakObjectRepresentation(ObjectMapper mapper, PublicUrls urls) {
        this.mapper = mapper;
        this.urls = urls;
    }

    public List<ObjectNode> render(List<ZaakObject> objecten) {
        return objecten.stream().map(this::render).toList();
    }

    public ObjectNode render(ZaakObject o) {
        ObjectNode n = mapper.createObjectNode();
        n.put("url", urls.resource("zaakobjecten", o.uuid));
        n.put("uuid", o.uuid.toString());
        n.put("zaak", urls.resource("zaken", o.zaak.uuid));
        n.put("object", o.object);
        n.put("zaakobjecttype", o.zaakobjecttype);
        n.put("objectType", o.objectType);
        if (!o.objectTypeOverige.isEmpty()) {
            n.put("objectTypeOverige", o.objectTypeOverige);      // its pattern [a-z_]+ refuses "": left out unset
        }
        if (o.objectTypeOverigeDefinitie == null || o.objectTypeOverigeDefinitie.isNull()) {
            n.putNull("objectTypeOverigeDefinitie");
        } else {
            n.set("objectTypeOverigeDefinitie",
                    groepen.groep("ObjectTypeOverigeDefinitie").render(o.objectTypeOverigeDefinitie));
        }
        n.put("relatieomschrijving", o.relatieomschrijving);
        groepen.zaakobjectGroep(o.objectType).ifPresent(g -> {
            ObjectNode groep = g.getValue().render(o.objectIdentificatie);
            n.set("objectIdentificatie", groep);                  // as Open Zaak and its clients have it
            if (!g.getKey().equals("objectIdentificatie")) {
                n.set(g.getKey(), groep.deepCopy());               // and as the file names it for this type
            }
        });
        return n;
    }

    /** The current state in the request's shape, for a PATCH to merge over. */
    public ObjectNode request(ZaakObject o) {
        ObjectNode n = render(o);
        n.remove("url");
        n.remove("uuid");
        n.remove("betrokkeneIdentificatie");
        if (!n.has("objectIdentificatie") || o.objectIdentificatie == null) {
            n.remove("objectIdentificatie");
        } else {
            n.set("objectIdentificatie", o.objectIdentificatie.deepCopy());
        }
        if (o.objectTypeOverigeDefinitie == null) {
            n.remove("objectTypeOverigeDefinitie");
        }
        return n;
    }
}
