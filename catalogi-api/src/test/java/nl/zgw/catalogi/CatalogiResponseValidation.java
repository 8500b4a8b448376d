package nl.zgw.catalogi;

import nl.zgw.testing.oas.ResponseValidationConfig;
import nl.zgw.testing.oas.Tolerance;

import java.util.List;

/**
 * What the Catalogi API answers beyond the official 1.3.3 file, each on purpose; every other answer of every test
 * must match the file (see {@link nl.zgw.testing.oas.OasResponseValidator}).
 */
public class CatalogiResponseValidation implements ResponseValidationConfig {

    private static final String UNKNOWN = "validation.response.status.unknown";

    @Override
    public List<Tolerance> tolerances() {
        return List.of(
                Tolerance.of("HEAD", "/*/{uuid}", UNKNOWN, "Response status 404 ",
                        "the file lists only 200 for HEAD; a HEAD of a missing resource is 404 as its GET is"),
                Tolerance.of("HEAD", "/*/{uuid}", UNKNOWN, "Response status 403 ",
                        "the file lists only 200 for HEAD; a HEAD without the GET's scope is 403 as its GET is"),
                Tolerance.of("GET", "/*/{uuid}", UNKNOWN, "Response status 400 ",
                        "the file lists no 400 for a detail GET, yet it declares query parameters there (expand,"
                                + " datumGeldigheid); a bad value is 400 ValidatieFout as on the list"));
    }
}
