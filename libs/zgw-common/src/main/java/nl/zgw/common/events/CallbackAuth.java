package nl.zgw.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.zgw.common.config.ZgwApiConfig;
import nl.zgw.common.security.jwt.ZgwAuthConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code Authorization} value the Notificaties API must present on this service's callback (given to it in the
 * abonnement's {@code auth}): {@code zgw.abonnement.auth}, else an HMAC of this service's own secret, so every
 * replica agrees without extra configuration. Compared in constant time.
 */
@ApplicationScoped
public class CallbackAuth {

    private final Optional<String> value;

    @Inject
    public CallbackAuth(ZgwAbonnementConfig config, ZgwAuthConfig auth, ZgwApiConfig api) {
        this(config.auth().or(() -> auth.service().secret().map(s -> derive(s, api.component()))));
    }

    public CallbackAuth(Optional<String> value) {
        this.value = value;
    }

    public Optional<String> value() {
        return value;
    }

    public boolean matches(String authorization) {
        return value.isPresent() && authorization != null && MessageDigest.isEqual(
                value.get().getBytes(StandardCharsets.UTF_8), authorization.getBytes(StandardCharsets.UTF_8));
    }

    private static String derive(String serviceSecret, String component) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(serviceSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "Bearer " + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(("zgw-" + component + "-notificaties-callback").getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
