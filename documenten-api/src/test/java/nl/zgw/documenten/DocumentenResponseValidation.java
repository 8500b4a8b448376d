package nl.zgw.documenten;

import java.util.List;
import nl.zgw.testing.oas.ResponseValidationConfig;
import nl.zgw.testing.oas.Tolerance;

/**
 * What the Documenten API answers beyond the official 1.7.0 file, each on purpose; every other answer of every test
 * must match the file.
 */
public class DocumentenResponseValidation implements ResponseValidationConfig {

    private static final String UNKNOWN = "validation.response.status.unknown";

    /**
     * The official file with its one external reference (the Catalogi file's InformatieObjectTypeExpanded, a path
     * outside this repository) replaced by {@code type: object}; the service serves the file unchanged.
     */
    @Override
    public String specification() {
        return "/oas/documenten-api-1.7.0-validation.yaml";
    }

    @Override
    public List<Tolerance> tolerances() {
        return List.of(
                Tolerance.of("GET", "/*", UNKNOWN, "Response status 404 ", "the file lists no 404 for a list;"
                        + " a page beyond the last is 404 not_found, as the reference (DRF) answers"),
                Tolerance.of("HEAD", "/*/{uuid}", UNKNOWN, "Response status 404 ",
                        "the file lists only 200 for HEAD; a HEAD of a missing resource is 404 as its GET is"),
                Tolerance.of("HEAD", "/*/{uuid}", UNKNOWN, "Response status 403 ",
                        "the file lists only 200 for HEAD; a HEAD without the GET's scope is 403 as its GET is"),
                Tolerance.of("GET", "/enkelvoudiginformatieobjecten/{uuid}/download", UNKNOWN, "Response status 206 ",
                        "Range requests (resumable downloads) are answered 206, beyond the file (README)"),
                Tolerance.of("GET", "/enkelvoudiginformatieobjecten/{uuid}/download", UNKNOWN, "Response status 416 ",
                        "an unsatisfiable Range is 416 (RFC 9110), beyond the file (README)"),
                Tolerance.of("GET", "/enkelvoudiginformatieobjecten/{uuid}/download", UNKNOWN, "Response status 409 ",
                        "stored bytes whose SHA-256 no longer match are refused with 409 inhoud-corrupt (README)"),
                Tolerance.of("GET", "/*/{uuid}", UNKNOWN, "Response status 400 ",
                        "the file lists no 400 for a detail GET, yet it declares query parameters there (expand,"
                                + " versie, registratieOp); a bad value is 400 ValidatieFout as on the list"),
                Tolerance.of("DELETE", "/*/{uuid}", UNKNOWN, "Response status 400 ", "the file lists no 400 for a"
                        + " DELETE; a locked document or one with relations is 400 (drc-008), as the reference answers"),
                Tolerance.of("GET", "/enkelvoudiginformatieobjecten/{uuid}/download",
                        "validation.response.contentType.notAllowed", "Response Content-Type header", "the download"
                                + " answers the document's formaat as Content-Type when it is a media type, else"
                                + " application/octet-stream (README Deviations)"),
                Tolerance.of("GET", "*/audittrail*", "validation.response.body.schema.type",
                        "/wijzigingen/oud'] Instance type (null)", "the audit entry of a create has no old state;"
                                + " oud is null as the reference implementation answers it"),
                Tolerance.of("GET", "*/audittrail*", "validation.response.body.schema.type",
                        "/wijzigingen/nieuw'] Instance type (null)", "the audit entry of a destroy has no new state;"
                                + " nieuw is null as the reference implementation answers it"),
                Tolerance.of("POST", "/enkelvoudiginformatieobjecten/*", UNKNOWN, "Response status 503 ",
                        "the content store unreachable is 503 content-unavailable, never a 500"),
                Tolerance.of("POST", "/enkelvoudiginformatieobjecten/{uuid}/*lock",
                        "validation.response.body.schema.additionalProperties", "[\"invalidParams\"]", "the file gives"
                                + " lock/unlock a 400 Fout; the refusals (existing-lock, missing-lock-id,"
                                + " incorrect-lock-id, incomplete-upload) are a ValidatieFout with invalidParams, as"
                                + " the reference implementation answers them"),
                Tolerance.of("GET", "/*", UNKNOWN, "Response status 400 ",
                        "a bad filter value on a list that the file gives no 400 is 400 ValidatieFout"));
    }
}
