package nl.zgw.notificaties;

import nl.zgw.testing.oas.ResponseValidationConfig;
import nl.zgw.testing.oas.Tolerance;

import java.util.List;

/**
 * What the Notificaties API answers beyond the official 1.0.1 file, each on purpose; every other answer of every
 * test must match the file (see {@link nl.zgw.testing.oas.OasResponseValidator}).
 */
public class NotificatiesResponseValidation implements ResponseValidationConfig {

    private static final String AUTH_WRITE_ONLY = "auth is a secret of the subscriber: write-only as in the reference"
            + " implementation (open-notificaties) and the standard's text; the file lists it as required in the"
            + " one Abonnement schema it uses for requests and answers alike";

    private static final String ONLY_200 = "the 1.0.1 file lists only 200 for notificaties_create; the service"
            + " refuses a bad message (400 ValidatieFout) and a caller without notificaties.publiceren (403 Fout) as"
            + " every other operation of the file documents and the reference implementation answers";

    @Override
    public List<Tolerance> tolerances() {
        String missingAuth = "missing required properties ([\"auth\"])";
        String required = "validation.response.body.schema.required";
        return List.of(
                Tolerance.of("GET", "/abonnement", required, missingAuth, AUTH_WRITE_ONLY),
                Tolerance.of("POST", "/abonnement", required, missingAuth, AUTH_WRITE_ONLY),
                Tolerance.of("GET", "/abonnement/{uuid}", required, missingAuth, AUTH_WRITE_ONLY),
                Tolerance.of("PUT", "/abonnement/{uuid}", required, missingAuth, AUTH_WRITE_ONLY),
                Tolerance.of("PATCH", "/abonnement/{uuid}", required, missingAuth, AUTH_WRITE_ONLY),
                Tolerance.of("POST", "/notificaties", "validation.response.status.unknown", "Response status 400 ",
                        ONLY_200),
                Tolerance.of("POST", "/notificaties", "validation.response.status.unknown", "Response status 403 ",
                        ONLY_200));
    }
}
