package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.expand.ExpandLoaders;
import nl.zgw.common.expand.ExpandModel;
import nl.zgw.common.expand.Expander;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.expand.LocalExpandLoader;
import nl.zgw.common.expand.RemoteExpandLoader;
import nl.zgw.common.expand.ToegangPerComponent;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.zaken.persistence.ZaakRepository;
import nl.zgw.zaken.service.ZaakToegang;

import java.util.List;
import java.util.Map;

/**
 * {@code expand} on /statussen and /resultaten: their zaak (this API, left out when the caller may not see it) and
 * their statustype / resultaattype (Catalogi API, through refs).
 */
@RequestScoped
public class SubresourceExpander {

    static final ExpandModel MODEL = ExpandModel.builder()
            .resource(StatusRepresentation.STATUSSEN).toOne("zaak", "zaken").toOne("statustype", "statustypen")
            .resource(ResultaatRepresentation.RESULTATEN).toOne("zaak", "zaken")
            .toOne("resultaattype", "resultaattypen")
            .build();

    private final Expander expander;

    public SubresourceExpander(ZaakRepository zaken, ZaakRepresentation zaakRepresentation,
                               ReferenceClient references, Autorisaties autorisaties) {
        RemoteExpandLoader remote = new RemoteExpandLoader(references);
        ExpandLoaders loaders = ExpandLoaders.of(Map.of(
                "zaken", new LocalExpandLoader(ZaakToegang::uuidOf,
                        uuids -> zaakRepresentation.render(zaken.byUuids(uuids))),
                "statustypen", remote,
                "resultaattypen", remote));
        this.expander = new Expander(MODEL, loaders, new ToegangPerComponent(autorisaties));
    }

    public Expansie parse(String resource, String expand) {
        return expander.parse(resource, expand);
    }

    public void expand(String resource, List<ObjectNode> nodes, Expansie expansie) {
        expander.expand(resource, nodes, expansie);
    }
}
