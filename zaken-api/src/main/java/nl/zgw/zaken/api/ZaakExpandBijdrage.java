package nl.zgw.zaken.api;

import nl.zgw.common.expand.ExpandLoader;
import nl.zgw.common.expand.ExpandModel;

import java.util.Map;

/**
 * Hook for the sub-resources: a bean that adds its resources to the expand model of the Zaken API and loads them.
 * The zaak's own relations are declared by {@link ZaakExpander}: zaaktype (zaaktypen), hoofdzaak, deelzaken,
 * relevanteAndereZaken (zaken), status (statussen), resultaat (resultaten), rollen (rollen), eigenschappen
 * (zaakeigenschappen), zaakinformatieobjecten (zaakinformatieobjecten), zaakobjecten (zaakobjecten). A sub-resource
 * declares its resource's relations and gives the loader of its target:
 * <pre>
 * public void model(ExpandModel.Builder model) {
 *     model.resource("statussen").toOne("statustype", "statustypen").toOne("gezetdoor", "rollen");
 * }
 * public Map&lt;String, ExpandLoader&gt; loaders() { return Map.of("statussen", new LocalExpandLoader(...)); }
 * </pre>
 * "zaken", "zaaktypen" and the Catalogi collections (statustypen, roltypen, resultaattypen, eigenschappen,
 * zaakobjecttypen, informatieobjecttypen, catalogussen) have loaders already; a target without a loader expands to
 * nothing.
 */
public interface ZaakExpandBijdrage {

    void model(ExpandModel.Builder model);

    Map<String, ExpandLoader> loaders();
}
