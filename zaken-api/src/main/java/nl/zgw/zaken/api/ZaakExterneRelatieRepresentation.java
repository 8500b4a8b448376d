package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.domain.ZaakExterneRelatie;
import nl.zgw.zaken.service.ExterneRelatieSoort;

/** A zaakcontactmoment or zaakverzoek as the OAS {@code ZaakContactMoment} / {@code ZaakVerzoek}. */
public class ZaakExterneRelatieRepresentation {

    private final PublicUrls urls;
    private final ExterneRelatieSoort soort;

    public ZaakExterneRelatieRepresentation(PublicUrls urls, ExterneRelatieSoort soort) {
        this.urls = urls;
        this.soort = soort;
    }

    public ObjectNode render(ZaakExterneRelatie relatie) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("url", urls.resource(soort.collectie(), relatie.uuid));
        n.put("uuid", relatie.uuid.toString());
        n.put("zaak", urls.resource(ZakenApi.ZAKEN, relatie.zaak.uuid));
        n.put(soort.veld(), relatie.doel);
        return n;
    }
}
