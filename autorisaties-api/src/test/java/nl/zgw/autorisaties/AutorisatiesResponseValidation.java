package nl.zgw.autorisaties;

import nl.zgw.testing.oas.ResponseValidationConfig;
import nl.zgw.testing.oas.Tolerance;

import java.util.List;

/**
 * What the Autorisaties API answers beyond the official 1.1.0 file, each on purpose; every other answer of every test
 * must match the file (see {@link nl.zgw.testing.oas.OasResponseValidator}).
 */
public class AutorisatiesResponseValidation implements ResponseValidationConfig {

    private static final String UNKNOWN = "validation.response.status.unknown";

    @Override
    public List<Tolerance> tolerances() {
        return List.of(
                Tolerance.of("GET", "/applicaties", UNKNOWN, "Response status 404 ", "the file lists no 404 for"
                        + " the list; a page beyond the last is 404 not_found, as the reference (DRF) answers"),
                Tolerance.of("GET", "/applicaties/consumer", UNKNOWN, "Response status 400 ", "the file lists no"
                        + " 400; its required clientId missing is 400 ValidatieFout 'required'"));
    }
}
