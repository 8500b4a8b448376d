package nl.zgw.documenten.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.common.refs.ReferenceException;

/**
 * Asks the source API with this service's own credentials (standard §9): the object must answer 200 with a zaak or
 * besluit (a {@code url} and its {@code zaaktype}/{@code besluittype}; drc-002), and
 * {@code GET {root}/zaakinformatieobjecten?zaak=&informatieobject=} (or besluitinformatieobjecten?besluit=) must list
 * the relation (drc-004). The root is the object's URL without its last two segments. A verzoek lives in a system
 * outside the ZGW APIs this project offers and is not checked.
 */
@ApplicationScoped
public class RemoteBronRelaties implements BronRelaties {

    private final ReferenceClient client;

    public RemoteBronRelaties(ReferenceClient client) {
        this.client = client;
    }

    @Override
    public Uitkomst check(String objectType, String object, String informatieobject) {
        String collection;
        String param;
        String typeVeld;
        switch (objectType) {
            case "zaak" -> {
                collection = "zaakinformatieobjecten";
                param = "zaak";
                typeVeld = "zaaktype";
            }
            case "besluit" -> {
                collection = "besluitinformatieobjecten";
                param = "besluit";
                typeVeld = "besluittype";
            }
            default -> {
                return Uitkomst.BESTAAT;
            }
        }
        try {
            JsonNode gevonden = client.fresh(object);
            if (!gevonden.isObject() || !gevonden.hasNonNull("url") || !gevonden.hasNonNull(typeVeld)) {
                return Uitkomst.GEEN_OBJECT;                 // a 200 that is no zaak or besluit: invalid-resource
            }
        } catch (ReferenceException e) {
            return Uitkomst.OBJECT_ONBEREIKBAAR;
        }
        String root = object.replaceAll("/+$", "").replaceAll("/[^/]+/[^/]+$", "");
        String url = root + "/" + collection + "?" + param + "=" + enc(object) + "&informatieobject="
                + enc(informatieobject);
        try {
            JsonNode answer = client.fresh(url);
            JsonNode list = answer.isArray() ? answer : answer.path("results");
            for (JsonNode relatie : list) {
                if (informatieobject.equals(relatie.path("informatieobject").asText())) {
                    return Uitkomst.BESTAAT;
                }
            }
            return Uitkomst.ONTBREEKT;
        } catch (ReferenceException e) {
            return Uitkomst.ONTBREEKT;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
