package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.expand.Expansie;

import java.util.List;

/** {@code expand} on /zaakinformatieobjecten, through the Zaken API's expander. */
@RequestScoped
public class ZaakInformatieObjectExpander {

    private final ZaakExpander expander;

    public ZaakInformatieObjectExpander(ZaakExpander expander) {
        this.expander = expander;
    }

    public Expansie parse(String expand) {
        return expander.parse(ZaakRelatieExpand.ZAAKINFORMATIEOBJECTEN, expand);
    }

    public void expand(List<ObjectNode> nodes, Expansie expansie) {
        expander.expand(ZaakRelatieExpand.ZAAKINFORMATIEOBJECTEN, nodes, expansie);
    }
}
