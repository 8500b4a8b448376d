package nl.zgw.catalogi.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.All;
import jakarta.inject.Singleton;
import nl.zgw.catalogi.api.render.Renderer;
import nl.zgw.catalogi.domain.CatalogiEntity;
import nl.zgw.catalogi.persistence.CatalogiRepositories;
import nl.zgw.common.refs.ResourceUrl;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.expand.ExpandAutorisatie;
import nl.zgw.common.expand.ExpandLoader;
import nl.zgw.common.expand.ExpandModel;
import nl.zgw.common.expand.Expansie;
import nl.zgw.common.expand.LocalExpandLoader;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static nl.zgw.catalogi.domain.Collecties.*;

/**
 * {@code expand=statustypen,statustypen.eigenschappen,catalogus} (standard §1.8) on the Catalogi API: its relations
 * declared once (the OAS {@code *Embedded} schemas) for the generic {@link nl.zgw.common.expand.Expander}, each
 * collection loaded in one batch by its renderer, as valid on the date the request resolves relations on.
 */
@Singleton
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

    /** Parsing needs the model only. */
    private static final nl.zgw.common.expand.Expander PARSER = new nl.zgw.common.expand.Expander(MODEL,
            doel -> Optional.empty(), ExpandAutorisatie.ALLES);

    private final Map<String, Renderer<?>> renderers = new HashMap<>();
    private final CatalogiRepositories repositories;
    private final String root;

    public Expander(@All List<Renderer<?>> renderers, CatalogiRepositories repositories, ZgwApiConfig config) {
        renderers.forEach(r -> this.renderers.put(r.collection(), r));
        this.repositories = repositories;
        this.root = config.root();
    }

    /** Parses and checks {@code expand} for {@code collection}; a field the resource lacks is a 400. */
    public Expansie parse(String collection, String expand) {
        return PARSER.parse(collection, expand);
    }

    /** Adds {@code _expand} to every node, the related resources rendered as valid on {@code on}. */
    public void expand(String collection, List<ObjectNode> nodes, Expansie expansie, LocalDate on) {
        // every catalogue resource is readable with the scope that admitted the request
        new nl.zgw.common.expand.Expander(MODEL, doel -> loader(doel, on), ExpandAutorisatie.ALLES)
                .expand(collection, nodes, expansie);
    }

    private Optional<ExpandLoader> loader(String collection, LocalDate on) {
        return Optional.ofNullable(renderers.get(collection)).map(r -> new LocalExpandLoader(
                url -> ResourceUrl.uuidOf(url, root, collection), uuids -> render(r, uuids, on)));
    }

    private <T extends CatalogiEntity> List<ObjectNode> render(Renderer<T> renderer, Collection<UUID> uuids,
                                                               LocalDate on) {
        return renderer.render(repositories.of(renderer.type()).findByUuids(uuids), on);
    }
}
