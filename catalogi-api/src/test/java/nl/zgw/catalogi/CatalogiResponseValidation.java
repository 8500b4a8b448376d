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

    private static final String DELETE_204 = "the 1.3.3 file lists 200 (no body) for DELETE of zaaktypen,"
            + " besluittypen and informatieobjecttypen and 204 for every other DELETE; the reference implementation"
            + " and the other DELETEs answer 204, an intended deviation (README)";

    @Override
    public List<Tolerance> tolerances() {
        return List.of(
                Tolerance.of("*", "*", "validation.response.body.schema.format.email",
                        "String \"\" is not a valid email address", "an unset contactpersoonBeheerEmailadres is \"\""
                                + " (not nullable in the file), as the reference implementation answers it"),
                Tolerance.of("GET", "*", "validation.response.body.schema.oneOf", "(matched 2 out of 2)", "a defect"
                        + " of the file: an _expand entry is oneOf [the resource, EmptyObject] and EmptyObject is any"
                        + " object, so every conforming expanded resource matches both; the file's other oneOfs (an"
                        + " enum or BlankEnum) cannot match twice"),
                Tolerance.of("*", "/zaaktypen*", "validation.response.body.schema.additionalProperties",
                        "[\"resultaattypeOmschrijving\"]", "drop-in extension of Open Zaak on zaaktype (issue 10)"),
                Tolerance.of("DELETE", "/*/{uuid}", UNKNOWN, "Response status 400 ", "the file lists no 400 for a"
                        + " DELETE; deleting a published type is 400 non-concept-object, as the reference answers"),
                Tolerance.of("DELETE", "/zaaktypen/{uuid}", "validation.response.body.missing", "", DELETE_204),
                Tolerance.of("DELETE", "/besluittypen/{uuid}", "validation.response.body.missing", "", DELETE_204),
                Tolerance.of("DELETE", "/informatieobjecttypen/{uuid}", "validation.response.body.missing", "",
                        DELETE_204),
                Tolerance.of("POST", "/informatieobjecttypen", UNKNOWN, "Response status 201 ", "the file lists"
                        + " 200 for informatieobjecttype_create only; 201 with Location as every other create"),
                Tolerance.of("DELETE", "/zaaktypen/{uuid}", UNKNOWN, "Response status 204 ", DELETE_204),
                Tolerance.of("DELETE", "/besluittypen/{uuid}", UNKNOWN, "Response status 204 ", DELETE_204),
                Tolerance.of("DELETE", "/informatieobjecttypen/{uuid}", UNKNOWN, "Response status 204 ", DELETE_204),
                Tolerance.of("GET", "/*", UNKNOWN, "Response status 404 ", "the file lists no 404 for a list;"
                        + " a page beyond the last is 404 not_found, as the reference (DRF) answers"),
                Tolerance.of("HEAD", "/*/{uuid}", UNKNOWN, "Response status 404 ",
                        "the file lists only 200 for HEAD; a HEAD of a missing resource is 404 as its GET is"),
                Tolerance.of("HEAD", "/*/{uuid}", UNKNOWN, "Response status 403 ",
                        "the file lists only 200 for HEAD; a HEAD without the GET's scope is 403 as its GET is"),
                Tolerance.of("GET", "/*/{uuid}", UNKNOWN, "Response status 400 ",
                        "the file lists no 400 for a detail GET, yet it declares query parameters there (expand,"
                                + " datumGeldigheid); a bad value is 400 ValidatieFout as on the list"));
    }
}
