package nl.zgw.e2e;

import nl.zgw.testing.oas.Tolerance;
import nl.zgw.testing.services.ZgwService;

import java.util.List;

/**
 * The intended deviations from the official files that these flows meet, per service; each is declared (with the
 * same reason) in that service's own {@code ResponseValidationConfig}, which lives in its test sources. The validator
 * built from the file a service serves judges as the one its module's tests build from the file itself (zgw-testing
 * {@code ServedFileTest}), so only the services' own deviations are here, no validator limitation of e2e.
 */
final class E2eTolerances {

    private E2eTolerances() {
    }

    static List<Tolerance> of(ZgwService service) {
        if (service == ZgwService.CATALOGI) {
            return List.of(
                    Tolerance.of("POST", "/informatieobjecttypen", "validation.response.status.unknown",
                            "Response status 201 ", "the 1.3.3 file lists 200 for informatieobjecttype_create only;"
                                    + " 201 with Location as every other create (catalogi-api README)"),
                    Tolerance.of("*", "/zaaktypen*", "validation.response.body.schema.additionalProperties",
                            "[\"resultaattypeOmschrijving\"]", "drop-in extension of Open Zaak on zaaktype"
                                    + " (catalogi-api README)"));
        }
        if (service == ZgwService.ZAKEN) {
            return List.of(
                    Tolerance.of("*", "*", "validation.response.body.schema.type", "Instance type (null) does not"
                            + " match any allowed primitive type (allowed: [\"string\"])", "zrc-012: an unset"
                            + " verlenging is {\"reden\": \"\", \"duur\": null} (zaken-api README)"),
                    Tolerance.of("*", "*", "validation.response.body.schema.type", "Instance type (null) does not"
                            + " match any allowed primitive type (allowed: [\"object\"])", "nullable next to allOf"
                            + " (zaakgeometrie) is not seen by the validator (zaken-api README)"),
                    Tolerance.of("POST", "/statussen", "validation.response.body.schema.additionalProperties",
                            "[\"zaakinformatieobjecten\"]", "a defect of the file: StatusRequestbody, the 201 of"
                            + " POST /statussen, requires zaakinformatieobjecten but does not declare it; answered"
                            + " as the Status of GET /statussen/{uuid}, as the reference implementation does"));
        }
        if (service == ZgwService.BESLUITEN) {
            return List.of(
                    Tolerance.of("GET", "/besluiten/{besluit_uuid}/audittrail", "validation.response.status.unknown",
                            "Response status 404 ", "the file lists no 404 for the audit trail list; the trail of an"
                                    + " unknown besluit is 404 as the besluit itself is (and the trail of a deleted"
                                    + " one, brc-009)"));
        }
        if (service == ZgwService.NOTIFICATIES) {
            return List.of(
                    Tolerance.of("POST", "/abonnement", "validation.response.body.schema.required",
                            "missing required properties ([\"auth\"])", "auth is a secret of the subscriber:"
                                    + " write-only as in the reference implementation (open-notificaties) and the"
                                    + " standard's text; the file lists it as required in the one Abonnement schema"
                                    + " it uses for requests and answers alike"));
        }
        return List.of();
    }
}
