package nl.zgw.common.security;

import java.util.List;
import java.util.Set;

/** What the Autorisaties API knows of a client: its autorisaties, or that it may do everything. */
public record Applicatie(Set<String> clientIds, String label, boolean heeftAlleAutorisaties,
                         List<Autorisatie> autorisaties) {

    public Applicatie {
        clientIds = clientIds == null ? Set.of() : Set.copyOf(clientIds);
        autorisaties = autorisaties == null ? List.of() : List.copyOf(autorisaties);
    }

    public static Applicatie all(String clientId) {
        return new Applicatie(Set.of(clientId), clientId, true, List.of());
    }
}
