package nl.zgw.common.security.ac;

import nl.zgw.common.security.autorisaties.Applicatie;
import nl.zgw.common.security.autorisaties.Autorisaties;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;

/** The Autorisaties API's answer for the current request, so the Applicatie is not asked for twice. */
@RequestScoped
@Unremovable
public class VerifiedRequest {

    private AutorisatiesApi.Verified verified;

    /** The bean of the active request, or null outside a request. */
    static VerifiedRequest current() {
        var container = io.quarkus.arc.Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        var handle = container.instance(VerifiedRequest.class);
        return handle.isAvailable() ? handle.get() : null;
    }

    void set(AutorisatiesApi.Verified verified) {
        this.verified = verified;
    }

    AutorisatiesApi.Verified get() {
        return verified;
    }
}
