package nl.zgw.autorisaties.domain;

import java.util.List;
import java.util.UUID;

/** An Applicatie with its client ids and autorisaties, as read from the database. */
public record ApplicatieGegevens(UUID uuid, List<String> clientIds, String label, boolean heeftAlleAutorisaties,
                                 boolean alleenIsGereedVoorPublicatie, List<AutorisatieGegevens> autorisaties) {

    public ApplicatieGegevens {
        clientIds = List.copyOf(clientIds);
        autorisaties = List.copyOf(autorisaties);
    }
}
