package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;
import nl.zgw.common.problem.ZgwException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Correctie (catalogi-api 1.3.3): a published version may only be corrected with an extension. Its identity
 * (identificatie/omschrijving, catalogus, beginGeldigheid) stays, relations may be added but not removed, and a
 * statustype may only be added after the existing ones, trefwoorden and gerelateerde lists only grow, and a part
 * of a zaaktype is not moved to another one. Code {@code wijzigen-niet-toegelaten}.
 */
public final class Correctie {

    public static final String CODE = "wijzigen-niet-toegelaten";

    private Correctie() {
    }

    public static final class Check {
        private final List<InvalidParam> errors = new ArrayList<>();

        public Check same(String field, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                errors.add(new InvalidParam(field, CODE, "Een correctie mag " + field + " niet wijzigen."));
            }
            return this;
        }

        public Check onlyAdded(String field, Collection<String> before, Collection<String> after) {
            if (!after.containsAll(before)) {
                errors.add(new InvalidParam(field, CODE,
                        "Een correctie mag relaties alleen toevoegen, niet verwijderen."));
            }
            return this;
        }

        /** A part of a published zaaktype stays with it; a part is not moved onto a published zaaktype either. */
        public Check notMoved(Object zaaktypeBefore, Object zaaktypeAfter) {
            if (zaaktypeBefore != null && !zaaktypeBefore.equals(zaaktypeAfter)) {
                errors.add(new InvalidParam("zaaktype", CODE,
                        "Een correctie mag een onderdeel niet naar een ander zaaktype verplaatsen."));
            }
            return this;
        }

        public Check atTheEnd(String field, int volgnummer, Integer highest) {
            if (highest != null && volgnummer <= highest) {
                errors.add(new InvalidParam(field, CODE,
                        "Een correctie mag alleen een statustype na de bestaande statustypen toevoegen."));
            }
            return this;
        }

        /** The extensions this correctie breaks, to report with the request's other rules. */
        public List<InvalidParam> errors() {
            return List.copyOf(errors);
        }

        public void verify() {
            if (!errors.isEmpty()) {
                throw ZgwException.invalid(errors);
            }
        }
    }

    public static Check check() {
        return new Check();
    }
}
