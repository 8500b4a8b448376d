package nl.zgw.besluiten;

import nl.zgw.testing.oas.ResponseValidationConfig;
import nl.zgw.testing.oas.Tolerance;

import java.util.List;

/**
 * What the Besluiten API answers beyond the official 1.1.0 file, each on purpose; every other answer of every test
 * must match the file (see {@link nl.zgw.testing.oas.OasResponseValidator}).
 */
public class BesluitenResponseValidation implements ResponseValidationConfig {

    private static final String UNKNOWN = "validation.response.status.unknown";

    @Override
    public List<Tolerance> tolerances() {
        return List.of(
                Tolerance.of("GET", "/besluiten", UNKNOWN, "Response status 404 ", "the file lists no 404 for a"
                        + " list; a page beyond the last is 404 not_found, as the reference (DRF) answers"),
                Tolerance.of("GET", "/*/{uuid}", UNKNOWN, "Response status 400 ", "the file lists no 400 for a"
                        + " detail GET, yet it declares expand there; a bad expand is 400 ValidatieFout as on the list"),
                Tolerance.of("GET", "/besluiten/{besluit_uuid}/audittrail", UNKNOWN, "Response status 404 ",
                        "the file lists no 404 for the audit trail list; the trail of an unknown besluit is 404 as the"
                                + " besluit itself is (and the trail of a deleted one, brc-009)"),
                Tolerance.of("GET", "/besluiten/{besluit_uuid}/audittrail*", "validation.response.body.schema.type",
                        "Instance type (null) does not match any allowed primitive type (allowed: [\"object\"])",
                        "wijzigingen.oud of a create and wijzigingen.nieuw of a destroy are null, as the reference"
                                + " implementation (vng-api-common) answers them; the file types both as object"),
                Tolerance.of("GET", "/besluitinformatieobjecten*", "validation.response.body.schema.oneOf",
                        "(matched 2 out of 2)", "a defect of the file: _expand.besluit is oneOf [BesluitExpanded,"
                                + " EmptyObject] and EmptyObject is any object, so every conforming expanded besluit"
                                + " matches both (the Catalogi service tolerates the same)"),
                Tolerance.of("DELETE", "/*/{uuid}", UNKNOWN, "Response status 400 ", "the file lists no 400 for a"
                        + " DELETE; only the dialect's answer to a malformed request can be one"));
    }
}
