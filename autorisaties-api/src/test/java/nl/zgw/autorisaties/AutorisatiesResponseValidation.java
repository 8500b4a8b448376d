package nl.zgw.autorisaties;

import nl.zgw.testing.oas.ResponseValidationConfig;
import nl.zgw.testing.oas.Tolerance;

import java.util.List;

/**
 * What the response validation cannot judge in the Autorisaties API 1.1.0 file; every other answer of every test
 * must match the file (see {@link nl.zgw.testing.oas.OasResponseValidator}).
 */
public class AutorisatiesResponseValidation implements ResponseValidationConfig {

    private static final String DISCRIMINATOR = "validator limitation, not a service deviation: the file picks an"
            + " autorisatie's schema (zrc, drc, ...) by the discriminator 'component' without a mapping, which the"
            + " validator resolves to no schema at all ('possible values: []')";

    private static final String UNKNOWN = "validation.response.status.unknown";

    @Override
    public List<Tolerance> tolerances() {
        String key = "validation.response.body.schema.discriminator";
        return List.of(
                Tolerance.of("*", "/applicaties*", key, "is not the name of a valid definition (possible values: [])",
                        DISCRIMINATOR),
                Tolerance.of("*", "/applicaties*", key, "Failed validation of discriminator schema", DISCRIMINATOR),
                Tolerance.of("GET", "/applicaties", UNKNOWN, "Response status 404 ", "the file lists no 404 for"
                        + " the list; a page beyond the last is 404 not_found, as the reference (DRF) answers"),
                Tolerance.of("GET", "/applicaties/consumer", UNKNOWN, "Response status 400 ", "the file lists no"
                        + " 400; its required clientId missing is 400 ValidatieFout 'required'"));
    }
}
