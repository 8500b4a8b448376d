package nl.zgw.zaken.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import nl.zgw.common.expand.CatalogiRelaties;
import nl.zgw.common.expand.ExpandLoader;
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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code expand} of the Zaken API (standard §1.8, 1.6+: unlimited depth): the relations of {@code ZaakEmbedded},
 * the Catalogi relations under {@code zaaktype.*}, and what each {@link ZaakExpandBijdrage} adds. An expanded zaak,
 * document or besluit the caller may not read where it lives is left out, as if the relation pointed at nothing
 * ({@link ToegangPerComponent}).
 */
@RequestScoped
public class ZaakExpander {

    public static final String ZAKEN = "zaken";
    private static final List<String> ONDERDELEN = List.of("statussen", "resultaten", "rollen",
            "zaakeigenschappen", "zaakinformatieobjecten", "zaakobjecten");

    private final Expander expander;
    private final ExpandModel model;

    public ZaakExpander(ZaakRepository zaken, ZaakRepresentation representation, ReferenceClient references,
                        Autorisaties autorisaties, Instance<ZaakExpandBijdrage> bijdragen) {
        ExpandModel.Builder model = ExpandModel.builder()
                .resource(ZAKEN).toOne("zaaktype", "zaaktypen").toOne("hoofdzaak", ZAKEN)
                .toMany("deelzaken", ZAKEN).toMany("relevanteAndereZaken", "url", ZAKEN)
                .toOne("status", "statussen").toOne("resultaat", "resultaten").toMany("rollen", "rollen")
                .toMany("eigenschappen", "zaakeigenschappen")
                .toMany("zaakinformatieobjecten", "zaakinformatieobjecten").toMany("zaakobjecten", "zaakobjecten");
        CatalogiRelaties.declare(model);
        Map<String, ExpandLoader> loaders = new HashMap<>();
        ExpandLoader remote = new RemoteExpandLoader(references);
        CatalogiRelaties.loaders(loaders, remote);
        loaders.put(ZAKEN, new LocalExpandLoader(ZaakToegang::uuidOf,
                uuids -> representation.render(zaken.byUuids(uuids))));
        ONDERDELEN.forEach(o -> loaders.put(o, urls -> Map.of()));
        for (ZaakExpandBijdrage bijdrage : bijdragen) {
            bijdrage.model(model);
            loaders.putAll(bijdrage.loaders());
        }
        this.model = model.build();
        this.expander = new Expander(this.model, ExpandLoaders.of(loaders), new ToegangPerComponent(autorisaties));
    }

    /** The target of relation {@code veld} of {@code resource} ("zaken", "zaaktypen", ...), if it is one. */
    public java.util.Optional<String> doel(String resource, String veld) {
        return model.relatie(resource, veld).map(nl.zgw.common.expand.Relatie::doel);
    }

    public Expansie parse(String expand) {
        return expander.parse(ZAKEN, expand);
    }

    public void expand(List<ObjectNode> nodes, Expansie expansie) {
        expander.expand(ZAKEN, nodes, expansie);
    }

    /** {@code expand} on a sub-resource declared by a {@link ZaakExpandBijdrage} (e.g. zaakinformatieobjecten). */
    public Expansie parse(String resource, String expand) {
        return expander.parse(resource, expand);
    }

    public void expand(String resource, List<ObjectNode> nodes, Expansie expansie) {
        expander.expand(resource, nodes, expansie);
    }
}
