package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.expand.ExpandAutorisatie;
import nl.zgw.common.expand.ExpandLoaders;
import nl.zgw.common.expand.ExpandModel;
import nl.zgw.common.expand.Expander;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.expand.RemoteExpandLoader;
import nl.zgw.common.refs.ReferenceClient;

import java.util.List;
import java.util.Map;

/**
 * {@code expand} on /rollen and /zaakobjecten: their Catalogi types ({@code roltype}, {@code zaakobjecttype}),
 * fetched once per page through the reference client (published types are immutable and cached).
 */
@RequestScoped
public class DelenExpander {

    static final ExpandModel MODEL = ExpandModel.builder()
            .resource("rollen").toOne("roltype", "roltypen")
            .resource("zaakobjecten").toOne("zaakobjecttype", "zaakobjecttypen")
            .build();

    private final Expander expander;

    public DelenExpander(ReferenceClient references) {
        RemoteExpandLoader remote = new RemoteExpandLoader(references);
        this.expander = new Expander(MODEL, ExpandLoaders.of(Map.of("roltypen", remote, "zaakobjecttypen", remote)),
                ExpandAutorisatie.ALLES);
    }

    public Expansie parse(String resource, String expand) {
        return expander.parse(resource, expand);
    }

    public void expand(String resource, List<ObjectNode> nodes, Expansie expansie) {
        expander.expand(resource, nodes, expansie);
    }
}
