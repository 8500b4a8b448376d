package nl.zgw.common.security.jwt;

import java.util.Optional;

/** Client id → shared HS256 secret. Kept apart from Applicaties: the standard has no secrets. */
public interface ClientSecrets {

    Optional<String> secret(String clientId);
}
