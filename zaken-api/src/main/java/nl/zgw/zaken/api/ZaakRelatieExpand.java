package nl.zgw.zaken.api;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.expand.ExpandLoader;
import nl.zgw.common.expand.ExpandModel;
import nl.zgw.common.expand.LocalExpandLoader;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.zaken.client.Besluiten;
import nl.zgw.zaken.client.Documenten;
import nl.zgw.zaken.config.ZakenApi;
import nl.zgw.zaken.persistence.ZaakInformatieObjectRepository;

import java.util.Map;

/**
 * The expand relations of zaakinformatieobjecten ({@code ZaakInformatieObjectEmbedded}: zaak, status,
 * informatieobject in the Documenten API) and zaakbesluiten ({@code ZaakBesluitEmbedded}: besluit in the Besluiten
 * API), and the loader of the zaak's {@code zaakinformatieobjecten}. A zaakinformatieobject is visible with its zaak.
 */
@ApplicationScoped
public class ZaakRelatieExpand implements ZaakExpandBijdrage {

    public static final String ZAAKINFORMATIEOBJECTEN = ZaakInformatieObjectRepresentation.COLLECTION;
    public static final String ZAAKBESLUITEN = "zaakbesluiten";

    private final ZaakInformatieObjectRepository relaties;
    private final ZaakInformatieObjectRepresentation representation;
    private final Documenten documenten;
    private final Besluiten besluiten;

    public ZaakRelatieExpand(ZaakInformatieObjectRepository relaties,
                             ZaakInformatieObjectRepresentation representation, Documenten documenten,
                             Besluiten besluiten) {
        this.relaties = relaties;
        this.representation = representation;
        this.documenten = documenten;
        this.besluiten = besluiten;
    }

    @Override
    public void model(ExpandModel.Builder model) {
        model.resource(ZAAKINFORMATIEOBJECTEN).toOne("zaak", ZaakExpander.ZAKEN).toOne("status", "statussen")
                .toOne("informatieobject", "enkelvoudiginformatieobjecten")
                .resource(ZAAKBESLUITEN).toOne("besluit", "besluiten");
    }

    @Override
    public Map<String, ExpandLoader> loaders() {
        return Map.of(
                ZAAKINFORMATIEOBJECTEN, new LocalExpandLoader(
                        url -> ResourceUrl.uuidOf(url, ZakenApi.ROOT, ZAAKINFORMATIEOBJECTEN),
                        uuids -> representation.render(relaties.byUuids(uuids))),
                "enkelvoudiginformatieobjecten", documenten::documenten,
                "besluiten", besluiten::besluiten);
    }
}
