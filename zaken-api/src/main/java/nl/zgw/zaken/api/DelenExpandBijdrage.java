package nl.zgw.zaken.api;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.expand.ExpandLoader;
import nl.zgw.common.expand.ExpandModel;
import nl.zgw.common.expand.LocalExpandLoader;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.persistence.RolRepository;
import nl.zgw.zaken.persistence.ZaakObjectRepository;

import java.util.Map;

/**
 * The rollen and zaakobjecten in the expand model of the Zaken API: {@code GET /zaken?expand=rollen.roltype}
 * renders the rollen of a page in one query; a rol expands its {@code zaak} and {@code roltype}, a zaakobject its
 * {@code zaak} and {@code zaakobjecttype} (RolEmbedded / ZaakObjectEmbedded; the rol's {@code statussen} are
 * zaken-status's).
 */
@ApplicationScoped
public class DelenExpandBijdrage implements ZaakExpandBijdrage {

    private final RolRepository rollen;
    private final ZaakObjectRepository objecten;
    private final RolRepresentation rolRepresentation;
    private final ZaakObjectRepresentation objectRepresentation;

    public DelenExpandBijdrage(RolRepository rollen, ZaakObjectRepository objecten,
                               RolRepresentation rolRepresentation, ZaakObjectRepresentation objectRepresentation) {
        this.rollen = rollen;
        this.objecten = objecten;
        this.rolRepresentation = rolRepresentation;
        this.objectRepresentation = objectRepresentation;
    }

    /** The relations of a rol and a zaakobject (also used by /rollen and /zaakobjecten themselves). */
    static void relaties(ExpandModel.Builder model) {
        model.resource("rollen").toOne("zaak", "zaken").toOne("roltype", "roltypen").toMany("statussen", "statussen")
                .resource("zaakobjecten").toOne("zaak", "zaken").toOne("zaakobjecttype", "zaakobjecttypen");
    }

    @Override
    public void model(ExpandModel.Builder model) {
        relaties(model);
    }

    @Override
    public Map<String, ExpandLoader> loaders() {
        return Map.of(
                "rollen", new LocalExpandLoader(url -> ResourceUrl.uuidOf(url, ZakenApi.ROOT, "rollen"),
                        uuids -> rolRepresentation.render(rollen.byUuids(uuids))),
                "zaakobjecten", new LocalExpandLoader(url -> ResourceUrl.uuidOf(url, ZakenApi.ROOT, "zaakobjecten"),
                        uuids -> objectRepresentation.render(objecten.byUuids(uuids))));
    }
}
