package nl.zgw.common.security.jwt;

/** Who is calling, from a verified JWT-ZGW; {@code userId}/{@code userRepresentation} feed the audit trail. */
public record Caller(String clientId, String userId, String userRepresentation) {
}
