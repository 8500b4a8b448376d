package nl.zgw.e2e;

import nl.zgw.testing.oas.Tolerance;
import nl.zgw.testing.services.ZgwService;

import java.util.List;

/**
 * The intended deviations from the official files that these flows meet, per service; each is declared (with the
 * same reason) in that service's own {@code ResponseValidationConfig}, which lives in its test sources.
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
                    Tolerance.of("*", "/zaken*", "validation.response.body.schema.enum", "Instance value (\"\") not"
                            + " found in enum (possible values: [null])", "an unset archiefnominatie is \"\", the"
                            + " file's BlankEnum, as in Open Zaak; read from the served text the validator reports"
                            + " the NullEnum alternative of that oneOf"),
                    Tolerance.of("*", "/zaken*", "validation.response.body.schema.enum", "Instance value"
                            + " (\"vernietigen\") not found in enum (possible values: [null])", "the same oneOf:"
                            + " a derived archiefnominatie is ArchiefnominatieEnum, which the zaken module's"
                            + " validation of the file accepts; from the served text only the NullEnum alternative"
                            + " is reported"),
                    Tolerance.of("*", "/zaken*", "validation.response.body.schema.enum", "Instance value"
                            + " (\"blijvend_bewaren\") not found in enum (possible values: [null])", "as for"
                            + " vernietigen"),
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
        if (service == ZgwService.AUTORISATIES) {
            String discriminator = "validation.response.body.schema.discriminator";
            String why = "validator limitation here only: the autorisaties module's tests judge autorisaties[] by its"
                    + " discriminator 'component' (DiscriminatedBodies), but the validator built from the file this"
                    + " e2e run reads from the running service still leaves it to the library, which finds no"
                    + " subschema (the file has no mapping); not yet found why";
            return List.of(
                    Tolerance.of("*", "/applicaties*", discriminator,
                            "is not the name of a valid definition (possible values: [])", why),
                    Tolerance.of("*", "/applicaties*", discriminator, "Failed validation of discriminator schema", why),
                    Tolerance.of("*", "/applicaties*", "validation.response.body.schema.allOf",
                            "Instance failed to match all required schemas", why),
                    Tolerance.of("*", "/applicaties*", "validation.response.body.schema.additionalProperties",
                            "\"component\",\"componentWeergave\"", why));
        }
        return List.of();
    }
}
