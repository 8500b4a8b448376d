package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.catalogi.domain.*;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.catalogi.persistence.CatalogiQueries;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.expand.ExpandAutorisatie;
import nl.zgw.common.expand.ExpandLoader;
import nl.zgw.common.expand.ExpandLoaders;
import nl.zgw.common.expand.ExpandModel;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.expand.LocalExpandLoader;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static nl.zgw.catalogi.api.Representations.*;

/**
 * {@code expand=statustypen,statustypen.eigenschappen,catalogus} (standard §1.8) on the Catalogi API: its relations
 * declared once (the OAS {@code *Embedded} schemas) for the generic {@link nl.zgw.common.expand.Expander}, each
 * collection loaded in one batch by the renderer of the request (which knows the resolution date).
 */
@RequestScoped
public class Expander {

    /** The expandable fields per collection. */
    static final ExpandModel MODEL = ExpandModel.builder()
            .resource(CATALOGUSSEN).toMany("zaaktypen", ZAAKTYPEN).toMany("besluittypen", BESLUITTYPEN)
            .toMany("informatieobjecttypen", INFORMATIEOBJECTTYPEN)
            .resource(ZAAKTYPEN).toMany("zaakobjecttypen", ZAAKOBJECTTYPEN).toOne("catalogus", CATALOGUSSEN)
            .toMany("statustypen", STATUSTYPEN).toMany("resultaattypen", RESULTAATTYPEN)
            .toMany("eigenschappen", EIGENSCHAPPEN).toMany("informatieobjecttypen", INFORMATIEOBJECTTYPEN)
            .toMany("roltypen", ROLTYPEN).toMany("besluittypen", BESLUITTYPEN)
            .toMany("deelzaaktypen", ZAAKTYPEN).toMany("gerelateerdeZaaktypen", "zaaktype", ZAAKTYPEN)
            .resource(BESLUITTYPEN).toOne("catalogus", CATALOGUSSEN).toMany("zaaktypen", ZAAKTYPEN)
            .toMany("informatieobjecttypen", INFORMATIEOBJECTTYPEN).toMany("resultaattypen", RESULTAATTYPEN)
            .resource(INFORMATIEOBJECTTYPEN).toOne("catalogus", CATALOGUSSEN).toMany("zaaktypen", ZAAKTYPEN)
            .toMany("besluittypen", BESLUITTYPEN)
            .resource(STATUSTYPEN).toOne("catalogus", CATALOGUSSEN).toOne("zaaktype", ZAAKTYPEN)
            .toMany("eigenschappen", EIGENSCHAPPEN)
            .resource(ROLTYPEN).toOne("catalogus", CATALOGUSSEN).toOne("zaaktype", ZAAKTYPEN)
            .resource(EIGENSCHAPPEN).toOne("catalogus", CATALOGUSSEN).toOne("zaaktype", ZAAKTYPEN)
            .toOne("statustype", STATUSTYPEN)
            .resource(RESULTAATTYPEN).toOne("catalogus", CATALOGUSSEN).toOne("zaaktype", ZAAKTYPEN)
            .toMany("besluittypen", BESLUITTYPEN).toMany("informatieobjecttypen", INFORMATIEOBJECTTYPEN)
            .resource(ZIOT).toOne("zaaktype", ZAAKTYPEN).toOne("catalogus", CATALOGUSSEN)
            .toOne("informatieobjecttype", INFORMATIEOBJECTTYPEN).toOne("statustype", STATUSTYPEN)
            .resource(ZAAKOBJECTTYPEN).toOne("zaaktype", ZAAKTYPEN).toMany("resultaattypen", RESULTAATTYPEN)
            .toMany("statustypen", STATUSTYPEN).toOne("catalogus", CATALOGUSSEN)
            .build();

    private final nl.zgw.common.expand.Expander expander;

    public Expander(Representations r, CatalogiQueries q, ZgwApiConfig config) {
        String root = config.root();
        Map<String, Function<Collection<UUID>, List<ObjectNode>>> renderers = Map.of(
                CATALOGUSSEN, u -> r.catalogussen(q.byUuids(Catalogus.class, u)),
                ZAAKTYPEN, u -> r.zaaktypen(q.byUuids(Zaaktype.class, u)),
                INFORMATIEOBJECTTYPEN, u -> r.informatieobjecttypen(q.byUuids(Informatieobjecttype.class, u)),
                BESLUITTYPEN, u -> r.besluittypen(q.byUuids(Besluittype.class, u)),
                STATUSTYPEN, u -> r.statustypen(q.byUuids(Statustype.class, u)),
                ROLTYPEN, u -> r.roltypen(q.byUuids(Roltype.class, u)),
                EIGENSCHAPPEN, u -> r.eigenschappen(q.byUuids(Eigenschap.class, u)),
                RESULTAATTYPEN, u -> r.resultaattypen(q.byUuids(Resultaattype.class, u)),
                ZIOT, u -> r.zaaktypeInformatieobjecttypen(q.byUuids(ZaaktypeInformatieobjecttype.class, u)),
                ZAAKOBJECTTYPEN, u -> r.zaakobjecttypen(q.byUuids(Zaakobjecttype.class, u)));
        Map<String, ExpandLoader> loaders = new java.util.HashMap<>();
        renderers.forEach((collection, render) -> loaders.put(collection,
                new LocalExpandLoader(url -> ResourceUrl.uuidOf(url, root, collection), render)));
        // every catalogue resource is readable with the scope that admitted the request
        this.expander = new nl.zgw.common.expand.Expander(MODEL, ExpandLoaders.of(loaders), ExpandAutorisatie.ALLES);
    }

    /** Parses and checks {@code expand} for {@code collection}; a field the resource lacks is a 400. */
    public Expansie parse(String collection, String expand) {
        return expander.parse(collection, expand);
    }

    /** Adds {@code _expand} to every node. */
    public void expand(String collection, List<ObjectNode> nodes, Expansie expansie) {
        expander.expand(collection, nodes, expansie);
    }
}
