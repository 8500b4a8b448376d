package nl.zgw.catalogi.domain.rules;

import nl.zgw.common.problem.InvalidParam;

import java.util.Optional;

/**
 * The 1.3 history model allows one concept version per identificatie (zaaktype) or omschrijving
 * (informatieobjecttype, besluittype) in a catalogus for any one period: {@code unique} on that field when another
 * concept's geldigheid overlaps (concepts for periods apart may coexist, as the standard's test collection makes).
 */
public final class OneConceptPerName {

    public static final String CODE = "unique";

    private OneConceptPerName() {
    }

    /** @param otherConcepts how many other concept versions with the same name and an overlapping geldigheid exist */
    public static Optional<InvalidParam> check(long otherConcepts, String naamVeld, String resource) {
        if (otherConcepts == 0) {
            return Optional.empty();
        }
        return Optional.of(new InvalidParam(naamVeld, CODE, "Er bestaat al een concept-versie van dit " + resource
                + " in deze catalogus; werk die bij."));
    }
}
