package nl.zgw.autorisaties.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.autorisaties.config.AcConfig;
import nl.zgw.common.security.jwt.ZgwAuthConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/** The {@code Authorization} value the Notificaties API must present on the callback (given to it in {@code auth}). */
@ApplicationScoped
public class CallbackAuth {

    private final Optional<String> value;

    public CallbackAuth(AcConfig config, ZgwAuthConfig auth) {
        this.value = config.callback().auth().or(() -> auth.service().secret().map(CallbackAuth::derive));
    }

    public Optional<String> value() {
        return value;
    }

    public boolean matches(String authorization) {
        return value.isPresent() && authorization != null && MessageDigest.isEqual(
                value.get().getBytes(StandardCharsets.UTF_8), authorization.getBytes(StandardCharsets.UTF_8));
    }

    private static String derive(String serviceSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(serviceSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "Bearer " + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal("zgw-ac-notificaties-callback".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
