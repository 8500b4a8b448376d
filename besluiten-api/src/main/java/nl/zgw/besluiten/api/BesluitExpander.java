package nl.zgw.besluiten.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.besluiten.persistence.BesluitRepository;
import nl.zgw.common.expand.CatalogiRelaties;
import nl.zgw.common.expand.ExpandLoaders;
import nl.zgw.common.expand.ExpandModel;
import nl.zgw.common.expand.Expander;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.expand.LocalExpandLoader;
import nl.zgw.common.expand.RemoteExpandLoader;
import nl.zgw.common.expand.ToegangPerComponent;
import nl.zgw.common.refs.ReferenceClient;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.common.security.autorisaties.Autorisaties;

import java.util.List;
import java.util.Map;

/**
 * {@code expand} (Besluiten 1.1.0): besluit → besluittype (Catalogi), zaak (Zaken); besluitinformatieobject →
 * informatieobject (Documenten), besluit (here, nested further as a besluit). An expanded besluit the caller may not
 * read (its besluittype outside the autorisaties) is left out, as if the relation pointed at nothing.
 */
@RequestScoped
public class BesluitExpander {

    static final ExpandModel MODEL = CatalogiRelaties.declare(ExpandModel.builder()
            .resource(BesluitenApi.BESLUITEN).toOne("besluittype", "besluittypen").toOne("zaak", "zaken")
            .resource(BesluitenApi.BESLUITINFORMATIEOBJECTEN)
            .toOne("informatieobject", "enkelvoudiginformatieobjecten").toOne("besluit", BesluitenApi.BESLUITEN)
            .resource("zaken").resource("enkelvoudiginformatieobjecten"))
            .build();

    private final Expander expander;

    public BesluitExpander(BesluitRepository besluiten, BesluitRepresentation representation,
                           ReferenceClient references, Autorisaties autorisaties) {
        RemoteExpandLoader remote = new RemoteExpandLoader(references);
        ExpandLoaders loaders = ExpandLoaders.of(CatalogiRelaties.loaders(new java.util.HashMap<>(Map.of(
                BesluitenApi.BESLUITEN, new LocalExpandLoader(
                        url -> ResourceUrl.uuidOf(url, BesluitenApi.ROOT, BesluitenApi.BESLUITEN),
                        uuids -> representation.render(besluiten.byUuids(uuids))),
                "zaken", remote, "enkelvoudiginformatieobjecten", remote)), remote));
        this.expander = new Expander(MODEL, loaders, new ToegangPerComponent(autorisaties));
    }

    public Expansie parse(String resource, String expand) {
        return expander.parse(resource, expand);
    }

    public void expand(String resource, List<ObjectNode> nodes, Expansie expansie) {
        if (!expansie.isEmpty()) {
            expander.expand(resource, nodes, expansie);
        }
    }
}
