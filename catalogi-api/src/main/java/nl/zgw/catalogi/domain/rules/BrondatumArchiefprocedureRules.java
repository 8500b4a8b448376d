package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ztc-003 … ztc-008: consistency of {@code Resultaattype.brondatumArchiefprocedure} with its afleidingswijze and the
 * selectielijstklasse's procestermijn. Codes: {@code invalid-afleidingswijze-for-procestermijn} (ztc-003, a rule
 * over the resultaattype and its selectielijstklasse, so under {@code nonFieldErrors} as the reference reports it),
 * {@code required} for a missing and {@code must-be-empty} for a forbidden value (ztc-004 … ztc-008).
 */
public final class BrondatumArchiefprocedureRules {

    public static final String ZTC_003 = "invalid-afleidingswijze-for-procestermijn";
    public static final String REQUIRED = "required";
    public static final String MUST_BE_EMPTY = "must-be-empty";
    private static final String P = "brondatumArchiefprocedure.";

    private BrondatumArchiefprocedureRules() {
    }

    public record Values(String afleidingswijze, String datumkenmerk, Boolean einddatumBekend, String objecttype,
                         String registratie, String procestermijn) {
    }

    /** @param selectielijstProcestermijn the selectielijstklasse's {@code procestermijn}, or null if none */
    public static List<InvalidParam> check(Values v, String selectielijstProcestermijn) {
        List<InvalidParam> errors = new ArrayList<>();
        String a = v.afleidingswijze();
        // ztc-003
        if ("nihil".equals(selectielijstProcestermijn) && !"afgehandeld".equals(a)) {
            errors.add(InvalidParam.nonField(ZTC_003, "Bij een selectielijstklasse met procestermijn 'nihil' MOET "
                    + "de afleidingswijze 'afgehandeld' zijn."));
        }
        if ("ingeschatte_bestaansduur_procesobject".equals(selectielijstProcestermijn) && !"termijn".equals(a)) {
            errors.add(InvalidParam.nonField(ZTC_003, "Bij een selectielijstklasse met procestermijn "
                    + "'ingeschatte_bestaansduur_procesobject' MOET de afleidingswijze 'termijn' zijn."));
        }
        // ztc-004
        presence(errors, "datumkenmerk", present(v.datumkenmerk()),
                Set.of("eigenschap", "zaakobject", "ander_datumkenmerk").contains(a));
        // ztc-005
        if (Set.of("afgehandeld", "termijn").contains(a) && Boolean.TRUE.equals(v.einddatumBekend())) {
            errors.add(new InvalidParam(P + "einddatumBekend", MUST_BE_EMPTY,
                    "einddatumBekend MAG GEEN waarde hebben bij afleidingswijze '" + a + "'."));
        }
        // ztc-006
        presence(errors, "objecttype", present(v.objecttype()), Set.of("zaakobject", "ander_datumkenmerk").contains(a));
        // ztc-007
        presence(errors, "registratie", present(v.registratie()), "ander_datumkenmerk".equals(a));
        // ztc-008
        presence(errors, "procestermijn", present(v.procestermijn()), "termijn".equals(a));
        return errors;
    }

    private static void presence(List<InvalidParam> errors, String field, boolean present, boolean required) {
        if (required && !present) {
            errors.add(new InvalidParam(P + field, REQUIRED, field + " MOET een waarde hebben bij deze afleidingswijze."));
        } else if (!required && present) {
            errors.add(new InvalidParam(P + field, MUST_BE_EMPTY, field + " MAG GEEN waarde hebben bij deze afleidingswijze."));
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
