package nl.zgw.common.security.autorisaties;

import java.util.Optional;

/**
 * Where a service learns what a client may do. The Foundation's default reads configuration; the Autorisaties API
 * issue supplies one that asks that API. Implementations must reflect a change on the very next request.
 */
public interface AutorisatieSource {

    Optional<Applicatie> applicatie(String clientId);
}
