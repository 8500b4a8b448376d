package nl.zgw.deploy;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

/** Makes a JWT-ZGW token: HS256, header {@code typ: JWT}, claims iss, iat, client_id, user_id, user_representation. */
final class JwtZgw {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private JwtZgw() {
    }

    static String token(String clientId, String secret, String userId, String userRepresentation, Instant issuedAt) {
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":" + json(clientId)
                + ",\"iat\":" + issuedAt.getEpochSecond()
                + ",\"client_id\":" + json(clientId)
                + ",\"user_id\":" + json(userId)
                + ",\"user_representation\":" + json(userRepresentation) + "}";
        String signingInput = b64(header) + "." + b64(payload);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The user the token names: the login name of whoever runs the command. */
    static String currentUser() {
        String user = System.getProperty("user.name", "zgw");
        return user == null || user.isBlank() ? "zgw" : user;
    }

    private static String b64(String s) {
        return B64.encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
