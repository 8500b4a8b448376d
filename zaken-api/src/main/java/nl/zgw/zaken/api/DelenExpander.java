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
 * {@code expand} on /rollen and /zaakobjecten: their {@code zaak} (rendered here, one query per page) and their
 * Catalogi type ({@code roltype}, {@code zaakobjecttype}, through the reference client, published types cached).
 */
@RequestScoped
public class DelenExpander {

    private final Expander expander;

    public DelenExpander(ReferenceClient references, ZaakRepository zaken, ZaakRepresentation zaakRepresentation,
                         Autorisaties autorisaties) {
        ExpandModel.Builder model = ExpandModel.builder();
        DelenExpandBijdrage.relaties(model);
        RemoteExpandLoader remote = new RemoteExpandLoader(references);
        this.expander = new Expander(model.build(), ExpandLoaders.of(Map.of(
                "roltypen", remote,
                "zaakobjecttypen", remote,
                "zaken", new LocalExpandLoader(ZaakToegang::uuidOf,
                        uuids -> zaakRepresentation.render(zaken.byUuids(uuids))))),
                new ToegangPerComponent(autorisaties));
    }

    public Expansie parse(String resource, String expand) {
        return expander.parse(resource, expand);
    }

    public void expand(String resource, List<ObjectNode> nodes, Expansie expansie) {
        expander.expand(resource, nodes, expansie);
    }
}
