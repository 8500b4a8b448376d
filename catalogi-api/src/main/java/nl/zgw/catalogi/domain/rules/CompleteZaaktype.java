package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.ArrayList;
import java.util.List;

/**
 * Open Zaak's completeness check before a zaaktype is published (not in Catalogi 1.3.3, so only applied when
 * {@code zgw.catalogi.publish.require-complete-zaaktype} is on): at least one roltype, one resultaattype (each with a
 * selectielijstklasse) and two statustypen. Every gap is reported, code {@code concept-relation}, under the part
 * that is missing.
 */
public final class CompleteZaaktype {

    public static final String CODE = "concept-relation";

    private CompleteZaaktype() {
    }

    public record Parts(long statustypen, long roltypen, long resultaattypen, long resultaattypenZonderKlasse) {
    }

    public static List<InvalidParam> check(Parts p) {
        List<InvalidParam> errors = new ArrayList<>();
        if (p.resultaattypenZonderKlasse() > 0) {
            errors.add(new InvalidParam("resultaattypen", CODE, "Dit zaaktype heeft resultaattypen zonder "
                    + "selectielijstklasse; geef die op voordat het zaaktype gepubliceerd wordt."));
        }
        if (p.roltypen() < 1) {
            errors.add(new InvalidParam("roltypen", CODE,
                    "Een zaaktype heeft minstens één roltype nodig om gepubliceerd te worden."));
        }
        if (p.resultaattypen() < 1) {
            errors.add(new InvalidParam("resultaattypen", CODE,
                    "Een zaaktype heeft minstens één resultaattype nodig om gepubliceerd te worden."));
        }
        if (p.statustypen() < 2) {
            errors.add(new InvalidParam("statustypen", CODE,
                    "Een zaaktype heeft minstens twee statustypen nodig om gepubliceerd te worden."));
        }
        return errors;
    }
}
