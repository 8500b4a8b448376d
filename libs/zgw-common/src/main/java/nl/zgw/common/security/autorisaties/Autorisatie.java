package nl.zgw.common.security.autorisaties;

import java.util.Set;

/**
 * One autorisatie of an Applicatie (Autorisaties API): scopes for a component, and for zrc/drc/brc the type it is
 * limited to and (zrc/drc) the maximum vertrouwelijkheidaanduiding.
 */
public record Autorisatie(String component, Set<String> scopes, String zaaktype, String informatieobjecttype,
                          String besluittype, Vertrouwelijkheidaanduiding maxVertrouwelijkheidaanduiding) {

    public Autorisatie {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    /** The type URL this autorisatie is limited to, whichever of the three the component uses. */
    public String type() {
        return zaaktype != null ? zaaktype : informatieobjecttype != null ? informatieobjecttype : besluittype;
    }
}
