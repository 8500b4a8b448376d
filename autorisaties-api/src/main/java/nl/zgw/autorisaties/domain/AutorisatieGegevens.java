package nl.zgw.autorisaties.domain;

import nl.zgw.common.security.autorisaties.Component;

import java.util.List;

/** One autorisatie as the use cases read and write it. {@code type} is the zaaktype/informatieobjecttype/besluittype. */
public record AutorisatieGegevens(Component component, List<String> scopes, String type,
                                  String maxVertrouwelijkheidaanduiding) {

    public AutorisatieGegevens {
        scopes = List.copyOf(scopes);
    }
}
