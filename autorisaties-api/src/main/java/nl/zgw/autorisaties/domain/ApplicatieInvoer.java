package nl.zgw.autorisaties.domain;

import java.util.List;

/** A syntactically valid Applicatie to store (create, or the whole state after update/partial update). */
public record ApplicatieInvoer(List<String> clientIds, String label, boolean heeftAlleAutorisaties,
                               boolean alleenIsGereedVoorPublicatie, List<AutorisatieGegevens> autorisaties) {

    public ApplicatieInvoer {
        clientIds = List.copyOf(clientIds);
        autorisaties = List.copyOf(autorisaties);
    }
}
