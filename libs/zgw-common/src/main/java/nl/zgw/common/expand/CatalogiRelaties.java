package nl.zgw.common.expand;

import java.util.List;
import java.util.Map;

/**
 * The expandable relations of the Catalogi API's resources (their Catalogi 1.3 fields), declared once for every API
 * that expands into the Catalogi: {@code zaaktype.catalogus.zaaktypen} on a zaak, {@code
 * informatieobjecttype.besluittypen.zaaktypen} on a document. They are all loaded by one (remote) loader.
 */
public final class CatalogiRelaties {

    /** The Catalogi resources, as expand targets. */
    public static final List<String> RESOURCES = List.of("catalogussen", "zaaktypen", "statustypen", "resultaattypen",
            "roltypen", "eigenschappen", "informatieobjecttypen", "besluittypen", "zaakobjecttypen");

    private CatalogiRelaties() {
    }

    /** Declares the relations of every Catalogi resource on {@code model} (added to what it declares itself). */
    public static ExpandModel.Builder declare(ExpandModel.Builder model) {
        return model
                .resource("catalogussen").toMany("zaaktypen", "zaaktypen").toMany("besluittypen", "besluittypen")
                .toMany("informatieobjecttypen", "informatieobjecttypen")
                .resource("zaaktypen").toOne("catalogus", "catalogussen").toMany("statustypen", "statustypen")
                .toMany("resultaattypen", "resultaattypen").toMany("roltypen", "roltypen")
                .toMany("eigenschappen", "eigenschappen").toMany("informatieobjecttypen", "informatieobjecttypen")
                .toMany("besluittypen", "besluittypen").toMany("deelzaaktypen", "zaaktypen")
                .toMany("zaakobjecttypen", "zaakobjecttypen")
                .toMany("gerelateerdeZaaktypen", "zaaktype", "zaaktypen")
                .resource("statustypen").toOne("zaaktype", "zaaktypen").toOne("catalogus", "catalogussen")
                .toMany("eigenschappen", "eigenschappen")
                .resource("resultaattypen").toOne("zaaktype", "zaaktypen").toOne("catalogus", "catalogussen")
                .toMany("besluittypen", "besluittypen").toMany("informatieobjecttypen", "informatieobjecttypen")
                .resource("roltypen").toOne("zaaktype", "zaaktypen").toOne("catalogus", "catalogussen")
                .resource("eigenschappen").toOne("zaaktype", "zaaktypen").toOne("catalogus", "catalogussen")
                .toOne("statustype", "statustypen")
                .resource("informatieobjecttypen").toOne("catalogus", "catalogussen")
                .toMany("besluittypen", "besluittypen").toMany("zaaktypen", "zaaktypen")
                .resource("besluittypen").toOne("catalogus", "catalogussen").toMany("zaaktypen", "zaaktypen")
                .toMany("informatieobjecttypen", "informatieobjecttypen").toMany("resultaattypen", "resultaattypen")
                .resource("zaakobjecttypen").toOne("zaaktype", "zaaktypen").toOne("catalogus", "catalogussen");
    }

    /** {@code loader} for every Catalogi resource that {@code loaders} has none for yet. */
    public static Map<String, ExpandLoader> loaders(Map<String, ExpandLoader> loaders, ExpandLoader loader) {
        RESOURCES.forEach(r -> loaders.putIfAbsent(r, loader));
        return loaders;
    }
}
