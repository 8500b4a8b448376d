package nl.zgw.common.security;

import jakarta.enterprise.context.RequestScoped;

/** The Autorisaties API's answer for the current request, so the Applicatie is not asked for twice. */
@RequestScoped
public class VerifiedRequest {

    private AutorisatiesApi.Verified verified;

    void set(AutorisatiesApi.Verified verified) {
        this.verified = verified;
    }

    AutorisatiesApi.Verified get() {
        return verified;
    }
}
