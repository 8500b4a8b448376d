package nl.zgw.common.security.autorisaties;

import java.util.List;
import java.util.Set;

/**
 * What the Autorisaties API knows of a client: its autorisaties, or that it may do everything. From AC 1.1,
 * {@code alleenIsGereedVoorPublicatie} limits document reads to documents ready for publication.
 */
public record Applicatie(Set<String> clientIds, String label, boolean heeftAlleAutorisaties,
                         List<Autorisatie> autorisaties, boolean alleenIsGereedVoorPublicatie) {

    public Applicatie {
        clientIds = clientIds == null ? Set.of() : Set.copyOf(clientIds);
        autorisaties = autorisaties == null ? List.of() : List.copyOf(autorisaties);
    }

    /** An Applicatie without the 1.1 restriction ({@code alleenIsGereedVoorPublicatie = false}). */
    public Applicatie(Set<String> clientIds, String label, boolean heeftAlleAutorisaties,
                      List<Autorisatie> autorisaties) {
        this(clientIds, label, heeftAlleAutorisaties, autorisaties, false);
    }

    public static Applicatie all(String clientId) {
        return new Applicatie(Set.of(clientId), clientId, true, List.of());
    }
}
