package nl.zgw.common.expand;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Component;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;

import java.util.Map;

/**
 * {@code expand} shows an object only to a caller who may read it where it lives (standard §1.8): a zaak by the
 * caller's zrc autorisaties (its zaaktype and vertrouwelijkheidaanduiding), a document by its drc ones
 * (informatieobjecttype), a besluit by its brc ones (besluittype), whichever API renders it. The Zaken API
 * expanding a document fetches it with its own token, so without this a caller would see documents the Documenten
 * API refuses it. Objects of other kinds (Catalogi types, statussen, rollen, ...) are not limited here: they belong
 * to an object that is.
 */
public final class ToegangPerComponent implements ExpandAutorisatie {

    /** The expand target ({@code Relatie.doel}) of each kind of object with autorisaties, and its component. */
    private static final Map<String, Component> DOELEN = Map.of(
            "zaken", Component.ZRC,
            "enkelvoudiginformatieobjecten", Component.DRC,
            "besluiten", Component.BRC);
    private static final Map<Component, String> LEZEN = Map.of(
            Component.ZRC, Scopes.Zrc.LEZEN,
            Component.DRC, Scopes.Drc.LEZEN,
            Component.BRC, Scopes.Brc.LEZEN);

    private final Autorisaties autorisaties;

    public ToegangPerComponent(Autorisaties autorisaties) {
        this.autorisaties = autorisaties;
    }

    @Override
    public boolean magZien(String doel, ObjectNode object) {
        Component component = DOELEN.get(doel);
        if (component == null) {
            return true;
        }
        Vertrouwelijkheidaanduiding niveau = !component.hasVertrouwelijkheid() ? null
                : Vertrouwelijkheidaanduiding.find(object.path("vertrouwelijkheidaanduiding").asText("")).orElse(null);
        if (component.hasVertrouwelijkheid() && niveau == null) {
            // no known level: no maximum can allow it, only heeftAlleAutorisaties
            return autorisaties.applicatie() != null && autorisaties.applicatie().heeftAlleAutorisaties();
        }
        return autorisaties.mayAccessIn(component.code(), LEZEN.get(component),
                object.path(component.typeField()).asText(), niveau);
    }
}
