package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.expand.Expansie;

import java.util.List;

/** {@code expand} on /zaken/{zaak_uuid}/besluiten, through the Zaken API's expander. */
@RequestScoped
public class ZaakBesluitExpander {

    private final ZaakExpander expander;

    public ZaakBesluitExpander(ZaakExpander expander) {
        this.expander = expander;
    }

    public Expansie parse(String expand) {
        return expander.parse(ZaakRelatieExpand.ZAAKBESLUITEN, expand);
    }

    public void expand(List<ObjectNode> nodes, Expansie expansie) {
        expander.expand(ZaakRelatieExpand.ZAAKBESLUITEN, nodes, expansie);
    }
}
